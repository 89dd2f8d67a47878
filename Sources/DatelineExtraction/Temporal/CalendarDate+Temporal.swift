import DatelineModel

/// Calendar arithmetic the temporal stages run per expression, compiled into this module.
extension CalendarDate {
    /// The same as `year` (Hinnant's civil_from_days, as `CalendarDate` computes it), without a
    /// call into the model module: the tagger asks it twice per dated expression.
    var civilYear: Int {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        return yoe + era * 400 + (mp >= 10 ? 1 : 0)
    }
}
