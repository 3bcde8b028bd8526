/// A capaian bar for indicator lists: the visible label (HTML text, read by screen readers)
/// above a bar whose length is capaian on a 0…cap scale (the track outlined so that its end
/// is visible, WCAG 1.4.11), with a dark tick at 100 % that reaches beyond the bar, labelled under it. The bar repeats the label and is hidden from assistive
/// technology; it stretches to its container (`preserveAspectRatio="none"`, strokes kept
/// crisp with `vector-effect`).
struct ProgressBar {
    let capaian: Double?
    let cap: Double
    let label: String
    /// The 100 % mark's label in the page's language (`100 %` / `100%`), written under the tick;
    /// nil leaves the tick unlabelled.
    var mark: String? = nil

    /// The scale's end: the cap, but never less than 100 (so the 100 % tick is on the bar).
    var scaleEnd: Double { cap.isFinite && cap > 100 ? cap : 100 }

    /// Fill width in viewBox units (0…100).
    var fill: Double {
        guard let capaian, capaian.isFinite else { return 0 }
        return min(max(capaian, 0), scaleEnd) / scaleEnd * 100
    }

    var markerX: Double { 100 / scaleEnd * 100 }

    var html: String {
        var out = "<div class=\"progress\"><span class=\"progress-label\">\(SVG.escape(label))</span>"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"progress-bar\" viewBox=\"0 0 100 14\" "
            + "preserveAspectRatio=\"none\" width=\"100%\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">"
        out += "<rect class=\"progress-track\" x=\"0\" y=\"3\" width=\"100\" height=\"8\" fill=\"\(ChartPalette.track)\" "
            + "stroke=\"\(ChartPalette.axis)\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>"
        if fill > 0 {
            out += "<rect class=\"progress-fill\" x=\"0\" y=\"3\" width=\"\(SVG.num(fill))\" height=\"8\" "
                + "fill=\"\(ChartPalette.value)\"/>"
        }
        out += "<line class=\"progress-target\" x1=\"\(SVG.num(markerX))\" x2=\"\(SVG.num(markerX))\" y1=\"0\" y2=\"14\" "
            + "stroke=\"\(ChartPalette.marker)\" stroke-width=\"2\" vector-effect=\"non-scaling-stroke\"/>"
        out += "</svg>"
        if let mark {
            // HTML text, not SVG: the bar stretches, which would distort text drawn in it. Near
            // the end the label ends at the tick instead of centring on it.
            let end = markerX >= 90 ? " progress-mark-end" : ""
            out += "<span class=\"progress-scale\" aria-hidden=\"true\"><span class=\"progress-mark\(end)\" "
                + "style=\"left:\(SVG.num(markerX))%\">\(SVG.escape(mark))</span></span>"
        }
        return out + "</div>"
    }
}
