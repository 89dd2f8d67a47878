import Synchronization

/// A token's matching key held as two plain integers, so that a `WordToken` owns no reference:
/// arrays of tokens copy and free as raw memory, with no retain or release per token.
///
/// A key of up to 15 UTF-8 bytes (nearly every key) is stored exactly as Swift stores a small
/// `String` on 64-bit platforms: its bytes in order, zero-padded, and in the top byte a
/// discriminator (0xE0 for ASCII, 0xA0 otherwise) plus the byte count. Such a string owns no
/// storage, so `string` returns the same bits as a `String` without allocating, and two keys are
/// equal exactly when their bits are. `layoutIsSmallString` checks that layout once against the
/// running standard library; where it differs, every key goes to the pool instead (slower, same
/// answers). A longer key is interned in a process-wide pool (`LongKeyPool`) and stored as a
/// pointer to its immortal box plus its byte count; the top byte is then zero.
struct TokenKey: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    /// Bit 61 (the small-string flag): set for inline keys, clear for pooled ones.
    static let inlineFlag: UInt64 = 1 << 61

    @inline(__always)
    var isInline: Bool { high & Self.inlineFlag != 0 }

    /// Byte count of the key.
    @inline(__always)
    var count: Int { isInline ? Int(truncatingIfNeeded: (high >> 56) & 0x0F) : Int(truncatingIfNeeded: high) }

    /// Byte `k` (< `count`) of an inline key.
    @inline(__always)
    func inlineByte(_ k: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: (k < 8 ? low >> UInt64(8 * k) : high >> UInt64(8 * (k - 8))))
    }

    /// The key as a `String`: the bits themselves for an inline key, the pooled string otherwise.
    @inline(__always)
    var string: String {
        if isInline { return unsafeBitCast(self, to: String.self) }
        return LongKeyPool.string(self)
    }

    /// Calls `body` with the key's UTF-8 bytes (an inline key's are copied to the stack).
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isInline {
            var copy = (low, high)
            let n = count
            return withUnsafeBytes(of: &copy) { raw in
                body(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: n))
            }
        }
        var text = LongKeyPool.string(self)
        return text.withUTF8(body)
    }

    /// The key of `bytes` as a `String` would hold them (`String(decoding: bytes, as: UTF8.self)`:
    /// ill-formed UTF-8 is repaired there as in the string). Cost: a shift per byte for a short
    /// ASCII key; a `String` and, for a long key, a locked pool probe otherwise.
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, inline: Bool = layoutIsSmallString) -> TokenKey {
        let n = bytes.count
        if inline && n <= 15 {
            let (low, high, any) = packed(bytes)
            if any < 0x80 { return TokenKey(low: low, high: high | (0xE0 | UInt64(n)) << 56) }
        }
        return make(string: String(decoding: bytes, as: UTF8.self), inline: inline)
    }

    /// The key of `text`.
    static func make(string text: String, inline: Bool = layoutIsSmallString) -> TokenKey {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            guard inline && n <= 15 else { return LongKeyPool.key(for: bytes) }
            let (low, high, any) = packed(bytes)
            return TokenKey(low: low, high: high | ((any < 0x80 ? 0xE0 : 0xA0) | UInt64(n)) << 56)
        }
    }

    /// Up to 15 bytes laid out little-endian in two words, as a small string holds them, with the
    /// OR of every byte (below 0x80: all ASCII).
    @inline(__always)
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64, any: UInt8) {
        var low: UInt64 = 0, high: UInt64 = 0
        var any: UInt8 = 0
        for k in 0..<bytes.count {
            let b = bytes[k]
            any |= b
            if k < 8 { low |= UInt64(b) << UInt64(8 * k) } else { high |= UInt64(b) << UInt64(8 * (k - 8)) }
        }
        return (low, high, any)
    }

    /// Whether this standard library lays out small strings as `make` builds them (checked on
    /// ASCII and non-ASCII probes of every length class).
    static let layoutIsSmallString: Bool = {
        let probes = ["", "a", "to", "abcdefgh", "abcdefghi", "abcdefghijklmno", "'", "é", "naïve", "東京", "e\u{301}"]
        for probe in probes {
            let made = make(string: probe, inline: true)
            let real = String(decoding: Array(probe.utf8), as: UTF8.self)
            guard MemoryLayout<String>.size == MemoryLayout<TokenKey>.size,
                  unsafeBitCast(real, to: TokenKey.self) == made,
                  unsafeBitCast(made, to: String.self) == probe else { return false }
        }
        return true
    }()
}

/// Keys of more than 15 bytes, interned once per process in immortal boxes (each distinct long
/// key is stored once; a token holds a pointer to its box). Long keys are rare in prose (long
/// numbers, a few long words), so the lock is seldom taken.
enum LongKeyPool {
    final class Box: Sendable {
        let text: String
        init(_ text: String) { self.text = text }
    }

    private static let boxes = Mutex<[[UInt8]: UInt64]>([:])

    /// The pooled key with the (valid UTF-8) bytes `bytes`.
    static func key(for bytes: UnsafeBufferPointer<UInt8>) -> TokenKey {
        let array = Array(bytes)
        let pointer = boxes.withLock { boxes -> UInt64 in
            if let pointer = boxes[array] { return pointer }
            let box = Unmanaged.passRetained(Box(String(decoding: bytes, as: UTF8.self)))
            let pointer = UInt64(UInt(bitPattern: box.toOpaque()))
            boxes[array] = pointer
            return pointer
        }
        return TokenKey(low: pointer, high: UInt64(bytes.count))
    }

    static func string(_ key: TokenKey) -> String {
        guard let raw = UnsafeRawPointer(bitPattern: UInt(truncatingIfNeeded: key.low)) else { return "" }
        return Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue().text
    }
}

extension TokenKey {
    /// Whether the key is stored inline and all ASCII (discriminator 0xE_).
    @inline(__always)
    var isInlineASCII: Bool { high >> 61 == 0b111 }
}

extension WordToken {
    /// UTF-8 byte count of `key`, without building it.
    @inline(__always)
    var keyCount: Int { keyBits.count }

    /// Whether `key` is spelled by the bytes of `word`. For the ASCII words and marks the stages
    /// compare with (other than ";", "`" and "K", each canonically equal to a non-ASCII scalar),
    /// that is `key == word`.
    @inline(__always)
    func keyIs(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard keyBits.count == n else { return false }
        let w = word.utf8Start
        if !keyBits.isInline { return key.utf8.elementsEqual(UnsafeBufferPointer(start: w, count: n)) }
        for k in 0..<n where keyBits.inlineByte(k) != w[k] { return false }
        return true
    }

    /// Whether `key`'s bytes end with those of `suffix`.
    @inline(__always)
    func keyBytesEnd(with suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let count = keyBits.count
        guard count >= n else { return false }
        let s = suffix.utf8Start
        if !keyBits.isInline { return WordToken.keyBytes(of: key, endWith: suffix) }
        for k in 0..<n where keyBits.inlineByte(count - n + k) != s[k] { return false }
        return true
    }

    /// The last byte of `key` (nil for an empty key).
    @inline(__always)
    var keyLastByte: UInt8? {
        let count = keyBits.count
        guard count > 0 else { return nil }
        return keyBits.isInline ? keyBits.inlineByte(count - 1) : key.utf8.last
    }
}
