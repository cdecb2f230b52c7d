#include "store/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "store/report.h"

namespace herald::store {

namespace {

constexpr double kWidth = 960;
constexpr double kHeight = 620;
constexpr double kLeft = 78;
constexpr double kRight = 24;
constexpr double kPlotWidth = kWidth - kLeft - kRight;
// The two panels: Goldstein above, QuadClass counts below, one shared time axis.
constexpr double kGoldsteinTop = 104;
constexpr double kGoldsteinBottom = 330;
constexpr double kCountsTop = 372;
constexpr double kCountsBottom = 540;

constexpr const char* kForwardColor = "#1f5fa8";
constexpr const char* kBackwardColor = "#8e44ad";
constexpr const char* kQuadColors[] = {"", "#9fd36b", "#2e9d45", "#f5a54a", "#d7301f"};
constexpr const char* kQuadNames[] = {"", "verbal cooperation", "material cooperation", "verbal conflict",
                                      "material conflict"};

// Axis ticks at 1, 2 or 5 times a power of ten, about `target` of them over [low, high]; whole
// numbers only when `integers` (event counts).
double tick_step(double low, double high, int target, bool integers) {
  const double raw = (high - low) / target;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude : 5 * magnitude;
  return integers ? std::max(1.0, std::round(step)) : step;
}

std::vector<double> ticks_of(double low, double high, double step) {
  std::vector<double> ticks;
  for (double t = std::ceil(low / step - 1e-9) * step; t <= high + step * 1e-9; t += step) {
    ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
  }
  return ticks;
}

struct Axis {
  double low = 0;
  double high = 1;
  double step = 1;
};

// A range padded out to whole ticks, always including zero and never empty.
Axis axis_of(double low, double high, bool integers) {
  low = std::min(low, 0.0);
  high = std::max(high, 0.0);
  if (high - low < 1e-9) high = low + 1;
  const double step = tick_step(low, high, 5, integers);
  return Axis{std::floor(low / step + 1e-9) * step, std::ceil(high / step - 1e-9) * step, step};
}

std::string number(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9) return fmt::format("{:.0f}", value);
  return fmt::format("{:.1f}", value);
}

class Chart {
 public:
  explicit Chart(const DyadSeries& series) : series_(series) {}

  std::string draw(std::string_view title) {
    const DyadQuery& query = series_.query;
    const std::string heading = title.empty() ? fmt::format("{} and {}", query.a, query.b) : std::string(title);
    out_ += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
        kWidth, kHeight);
    out_ += fmt::format("<title>{}</title>\n", xml_escape(heading));
    out_ += fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n", kWidth, kHeight);
    out_ += fmt::format("<text x=\"{}\" y=\"30\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">{}</text>\n",
                        kLeft, xml_escape(heading));
    std::string subtitle = fmt::format("Events by {}, {} counting", period_name(query.period),
                                       counting_name(query.counting));
    if (!series_.periods.empty()) {
      subtitle += fmt::format(", {} to {}", series_.periods.front().label, series_.periods.back().label);
    }
    out_ += fmt::format("<text x=\"{}\" y=\"50\" fill=\"#555\">{}</text>\n", kLeft, xml_escape(subtitle));
    if (series_.periods.empty()) {
      out_ += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"16\" text-anchor=\"middle\" fill=\"#555\">"
                          "No events between {} and {}</text>\n",
                          kLeft + kPlotWidth / 2, (kGoldsteinTop + kCountsBottom) / 2, xml_escape(query.a),
                          xml_escape(query.b));
    } else {
      legend();
      goldstein_panel();
      counts_panel();
      time_axis();
    }
    out_ += "</svg>\n";
    return std::move(out_);
  }

 private:
  double slot() const { return kPlotWidth / static_cast<double>(series_.periods.size()); }
  double center(size_t i) const { return kLeft + slot() * (static_cast<double>(i) + 0.5); }

  void legend() {
    const DyadQuery& query = series_.query;
    double x = kLeft;
    const double y = 74;
    const auto swatch_line = [&](const char* color, const std::string& label) {
      out_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"/>\n", x,
                          y - 4, x + 18, y - 4, color);
      out_ += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#333\">{}</text>\n", x + 24, y, xml_escape(label));
      x += 34 + 7.0 * static_cast<double>(label.size());
    };
    const auto swatch_box = [&](const char* color, const std::string& label) {
      out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n", x, y - 10, color);
      out_ += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#333\">{}</text>\n", x + 17, y, xml_escape(label));
      x += 28 + 6.5 * static_cast<double>(label.size());
    };
    swatch_line(kForwardColor, fmt::format("{} \u2192 {}", query.a, query.b));
    swatch_line(kBackwardColor, fmt::format("{} \u2192 {}", query.b, query.a));
    swatch_box("#7fbf7f", "both, cooperative sum");
    swatch_box("#e88a8a", "both, hostile sum");
    x = kLeft;
    const double y2 = kCountsTop - 10;
    for (int q = 1; q <= 4; ++q) {
      out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n", x + kPlotWidth - 600,
                          y2 - 10, kQuadColors[q]);
      out_ += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#333\">{}</text>\n", x + kPlotWidth - 600 + 17, y2,
                          kQuadNames[q]);
      x += 150;
    }
  }

  // Horizontal grid lines with labels on the left, and the panel's name.
  void y_axis(double top, double bottom, const Axis& axis, const std::string& name) {
    for (const double tick : ticks_of(axis.low, axis.high, axis.step)) {
      const double y = bottom - (tick - axis.low) / (axis.high - axis.low) * (bottom - top);
      out_ += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"{}\" stroke-width=\"1\"/>\n",
                          kLeft, y, kLeft + kPlotWidth, y, tick == 0 ? "#888" : "#e4e4e4");
      out_ += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#555\">{}</text>\n", kLeft - 6,
                          y + 4, number(tick));
    }
    const double middle = (top + bottom) / 2;
    out_ += fmt::format("<text x=\"18\" y=\"{0:.1f}\" text-anchor=\"middle\" fill=\"#333\" "
                        "transform=\"rotate(-90 18 {0:.1f})\">{1}</text>\n",
                        middle, xml_escape(name));
  }

  void goldstein_panel() {
    double low = 0;
    double high = 0;
    for (const PeriodStats& p : series_.periods) {
      for (const double v : {p.a_to_b.goldstein_sum, p.b_to_a.goldstein_sum, p.both().goldstein_sum}) {
        low = std::min(low, v);
        high = std::max(high, v);
      }
    }
    const Axis axis = axis_of(low, high, false);
    y_axis(kGoldsteinTop, kGoldsteinBottom, axis, "Goldstein sum");
    const auto y_of = [&](double v) {
      return kGoldsteinBottom - (v - axis.low) / (axis.high - axis.low) * (kGoldsteinBottom - kGoldsteinTop);
    };
    const double zero = y_of(0);
    const double width = std::max(1.0, slot() * 0.7);
    const DyadQuery& query = series_.query;
    for (size_t i = 0; i < series_.periods.size(); ++i) {
      const PeriodStats& p = series_.periods[i];
      const double sum = p.both().goldstein_sum;
      const double y = y_of(sum);
      out_ += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
          "<title>{}: Goldstein sum {} ({} \u2192 {} {}, {} \u2192 {} {}), {} events</title></rect>\n",
          center(i) - width / 2, std::min(y, zero), width, std::fabs(zero - y), sum < 0 ? "#e88a8a" : "#7fbf7f",
          xml_escape(p.label), number(sum), xml_escape(query.a), xml_escape(query.b), number(p.a_to_b.goldstein_sum),
          xml_escape(query.b), xml_escape(query.a), number(p.b_to_a.goldstein_sum), p.both().events);
    }
    const auto line = [&](const char* color, auto value_of) {
      std::string points;
      for (size_t i = 0; i < series_.periods.size(); ++i) {
        points += fmt::format("{}{:.1f},{:.1f}", i == 0 ? "" : " ", center(i), y_of(value_of(series_.periods[i])));
      }
      out_ += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" "
                          "stroke-linejoin=\"round\"/>\n",
                          points, color);
      if (series_.periods.size() <= 60) {
        for (size_t i = 0; i < series_.periods.size(); ++i) {
          out_ += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" fill=\"{}\"/>\n", center(i),
                              y_of(value_of(series_.periods[i])), color);
        }
      }
    };
    line(kForwardColor, [](const PeriodStats& p) { return p.a_to_b.goldstein_sum; });
    line(kBackwardColor, [](const PeriodStats& p) { return p.b_to_a.goldstein_sum; });
  }

  void counts_panel() {
    uint64_t most = 0;
    for (const PeriodStats& p : series_.periods) {
      const DirectionStats both = p.both();
      most = std::max(most, both.events - both.by_quad_class[0]);
    }
    const Axis axis = axis_of(0, static_cast<double>(most), true);
    y_axis(kCountsTop, kCountsBottom, axis, "Events");
    const double scale = (kCountsBottom - kCountsTop) / (axis.high - axis.low);
    const double width = std::max(1.0, slot() * 0.7);
    for (size_t i = 0; i < series_.periods.size(); ++i) {
      const DirectionStats both = series_.periods[i].both();
      double y = kCountsBottom;
      for (int q = 1; q <= 4; ++q) {
        const uint64_t n = both.by_quad_class[static_cast<size_t>(q)];
        if (n == 0) continue;
        const double h = static_cast<double>(n) * scale;
        y -= h;
        out_ += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
                            "<title>{}: {} {} events</title></rect>\n",
                            center(i) - width / 2, y, width, h, kQuadColors[q], xml_escape(series_.periods[i].label),
                            n, kQuadNames[q]);
      }
    }
  }

  // Period labels under the lower panel, thinned so they never overlap.
  void time_axis() {
    const size_t n = series_.periods.size();
    const size_t label_width = series_.periods.front().label.size() * 7 + 12;
    const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(static_cast<double>(label_width) / slot())));
    out_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/>\n", kLeft, kCountsBottom,
                        kLeft + kPlotWidth, kCountsBottom);
    for (size_t i = 0; i < n; i += every) {
      out_ += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#888\"/>\n", center(i),
                          kCountsBottom, kCountsBottom + 5);
      out_ += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333\">{}</text>\n", center(i),
                          kCountsBottom + 20, xml_escape(series_.periods[i].label));
    }
    out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">{} (first day: {})</text>\n",
                        kLeft + kPlotWidth / 2, kCountsBottom + 44, period_name(series_.query.period),
                        xml_escape(series_.periods.front().start));
    out_ += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#777\" font-size=\"11\">Goldstein scale: -10 (most hostile) "
                        "to +10 (most cooperative), summed over the period's events. Made by herald.</text>\n",
                        kLeft, kHeight - 12);
  }

  const DyadSeries& series_;
  std::string out_;
};

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // Control characters other than tab and line breaks are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string dyad_chart_svg(const DyadSeries& series, std::string_view title) { return Chart(series).draw(title); }

}  // namespace herald::store
