extension Timeline {
    /// The export format (docs/timeline-format.md) as pretty-printed JSON with sorted keys, byte for
    /// byte what `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` makes
    /// of the `Codable` conformances, several times faster. Tests hold the two together.
    public func prettyJSON() -> [UInt8] {
        var w = PrettyJSONWriter(capacity: 1_024 + events.count * 1_500)
        w.openObject()
        w.key("documents")
        w.openArray()
        for document in documents { w.element(); Self.write(document, to: &w) }
        w.closeArray()
        w.key("events")
        w.openArray()
        for event in events { w.element(); Self.write(event, to: &w) }
        w.closeArray()
        w.key("format"); w.string(Timeline.format)
        w.key("issues")
        w.openArray()
        for issue in issues {
            w.element()
            w.openObject()
            w.key("id"); w.string(issue.id)
            w.key("label"); w.string(issue.label)
            w.closeObject()
        }
        w.closeArray()
        w.key("version"); w.int(Timeline.version)
        w.closeObject()
        return w.bytes
    }

    // Each writer lists its type's coding keys in sorted order, with the same nulls and omissions
    // as the type's `encode(to:)`.

    static func write(_ d: Document, to w: inout PrettyJSONWriter) {
        w.openObject()
        w.key("id"); w.string(d.id)
        w.key("path"); w.string(d.path)
        w.key("published")
        if let p = d.published {
            w.openObject()
            w.key("basis"); w.string(p.basis)
            w.key("earliest"); w.date(p.earliest)
            w.key("latest"); w.date(p.latest)
            w.closeObject()
        } else {
            w.null()
        }
        if let source = d.source { w.key("source"); w.string(source) }
        w.key("title"); w.string(d.title)
        if let url = d.url { w.key("url"); w.string(url) }
        w.closeObject()
    }

    static func write(_ e: Event, to w: inout PrettyJSONWriter) {
        w.openObject()
        w.key("actors"); write(e.actors, to: &w)
        w.key("date_conflict"); w.bool(e.dateConflict)
        w.key("id"); w.string(e.id)
        w.key("issue_evidence")
        w.openObject()
        for issue in e.issueEvidence.keys.sorted() {
            w.key(issue)
            write(e.issueEvidence[issue] ?? [], to: &w)
        }
        w.closeObject()
        w.key("issues"); write(e.issues, to: &w)
        if let kind = e.kind { w.key("kind"); w.string(kind) }
        w.key("mentions")
        w.openArray()
        for m in e.mentions { w.element(); write(m, to: &w) }
        w.closeArray()
        w.key("places"); write(e.places, to: &w)
        w.key("quotes")
        w.openArray()
        for q in e.quotes {
            w.element()
            w.openObject()
            if let speaker = q.speaker { w.key("speaker"); w.string(speaker) }
            w.key("text"); w.string(q.text)
            w.closeObject()
        }
        w.closeArray()
        w.key("summary"); w.string(e.summary)
        w.key("title"); w.string(e.title)
        w.key("when"); write(e.when, to: &w)
        w.closeObject()
    }

    static func write(_ m: Mention, to w: inout PrettyJSONWriter) {
        w.openObject()
        w.key("document"); w.string(m.document)
        w.key("length"); w.int(m.length)
        w.key("offset"); w.int(m.offset)
        w.key("sentence"); w.string(m.sentence)
        w.key("timex"); if let timex = m.timex { w.string(timex) } else { w.null() }
        w.key("timex_length"); if let n = m.timexLength { w.int(n) } else { w.null() }
        w.key("timex_offset"); if let n = m.timexOffset { w.int(n) } else { w.null() }
        w.key("when"); if let when = m.when { write(when, to: &w) } else { w.null() }
        w.closeObject()
    }

    static func write(_ span: TimeSpan, to w: inout PrettyJSONWriter) {
        w.openObject()
        if let basis = span.basis { w.key("basis"); w.string(basis) }
        w.key("earliest"); if let d = span.earliest { w.date(d) } else { w.null() }
        w.key("granularity"); w.string(span.granularity.rawValue)
        w.key("label"); w.string(span.label)
        w.key("latest"); if let d = span.latest { w.date(d) } else { w.null() }
        w.closeObject()
    }

    static func write(_ strings: [String], to w: inout PrettyJSONWriter) {
        w.openArray()
        for s in strings { w.element(); w.string(s) }
        w.closeArray()
    }
}
