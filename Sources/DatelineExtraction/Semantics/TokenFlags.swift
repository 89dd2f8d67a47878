/// One flag of `TitleText.bits` per token, read like an array of `Bool` (`excluded[k]`).
struct TokenFlags {
    let bits: [UInt64]
    let mask: UInt64

    @inline(__always)
    subscript(k: Int) -> Bool { bits[k] & mask != 0 }
}
