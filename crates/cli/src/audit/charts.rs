//! The report's charts, drawn as SVG by `plotters`. Each returns the `<svg>` element as text for
//! the page template; the numbers of every chart are also in a table beside it.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

/// The colour of the bars whose lengths the e2e test compares with the tables.
pub const BAR: RGBColor = RGBColor(0x1d, 0x5f, 0xa8);
/// The second series where two are compared (replies before a provider reply).
pub const SECOND: RGBColor = RGBColor(0xb4, 0x4d, 0x12);
/// A series of what the input does not say (replies whose story's replies are not known).
pub const UNKNOWN: RGBColor = RGBColor(0x6b, 0x6b, 0x6b);
const WIDTH: u32 = 640;
const FONT: (&str, u32) = ("sans-serif", 13);

/// A chart that could not be drawn.
pub type ChartError = Box<dyn std::error::Error>;

/// Horizontal bars, one per label, top to bottom in label order; `unit` names the axis and
/// `whole` says the values are counts (whole-number axis labels).
pub fn horizontal_bars(
    labels: &[String],
    values: &[f64],
    unit: &str,
    whole: bool,
) -> Result<String, ChartError> {
    let mut svg = String::new();
    let rows = labels.len().max(1);
    let height = 40 + 26 * rows as u32;
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let max = values.iter().copied().fold(0.0, f64::max).max(1.0);
        let longest_label = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4) as u32;
        let mut chart = ChartBuilder::on(&root)
            .margin(8)
            .x_label_area_size(40)
            // About 7.5 px a character at 13 px sans-serif, with room to spare.
            .y_label_area_size((longest_label * 8 + 16).min(280))
            .build_cartesian_2d(0.0..max * 1.05, (0..rows).into_segmented())?;
        let row_of = |i: usize| rows - 1 - i;
        let ticks = if whole {
            (max as usize + 1).min(10)
        } else {
            10
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .x_desc(unit)
            .x_labels(ticks)
            .x_label_formatter(&|value| {
                if whole {
                    format!("{value:.0}")
                } else {
                    format!("{value:.0}%")
                }
            })
            .label_style(FONT)
            .y_labels(rows)
            .y_label_formatter(&|value| match value {
                SegmentValue::CenterOf(row) if *row < rows => {
                    labels.get(rows - 1 - row).cloned().unwrap_or_default()
                }
                _ => String::new(),
            })
            .draw()?;
        chart.draw_series(values.iter().enumerate().map(|(i, &value)| {
            let mut bar = Rectangle::new(
                [
                    (0.0, SegmentValue::Exact(row_of(i))),
                    (value, SegmentValue::Exact(row_of(i) + 1)),
                ],
                BAR.filled(),
            );
            bar.set_margin(4, 4, 0, 0);
            bar
        }))?;
        root.present()?;
    }
    Ok(svg)
}

/// A line through one value per label (a share in percent), with a dot on each.
pub fn trend(labels: &[String], percents: &[f64]) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 260)).into_drawing_area();
        root.fill(&WHITE)?;
        let points = labels.len().max(1);
        // Up to the next ten above the highest share, so a low rate still shows its changes.
        let highest = percents.iter().copied().fold(0.0, f64::max);
        let top = ((highest * 1.2 / 10.0).ceil() * 10.0).clamp(10.0, 100.0);
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(52)
            .build_cartesian_2d((0..points).into_segmented(), 0.0..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .y_desc("% of replies with a warning")
            .y_label_formatter(&|value| format!("{value:.0}%"))
            .label_style(FONT)
            .x_labels(points)
            .x_label_formatter(&|value| match value {
                SegmentValue::CenterOf(i) => labels.get(*i).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .draw()?;
        let at = |(i, &p): (usize, &f64)| (SegmentValue::CenterOf(i), p);
        chart.draw_series(LineSeries::new(
            percents.iter().enumerate().map(at),
            BAR.stroke_width(2),
        ))?;
        chart.draw_series(
            percents
                .iter()
                .enumerate()
                .map(|point| Circle::new(at(point), 4, BAR.filled())),
        )?;
        root.present()?;
    }
    Ok(svg)
}

/// One column per label, its series (`(name, values, colour)`) stacked from the bottom in order,
/// with a legend: the column's height is the label's total.
pub fn stacked_columns(
    labels: &[String],
    series: &[(&str, &[usize], RGBColor)],
) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 280)).into_drawing_area();
        root.fill(&WHITE)?;
        let columns = labels.len().max(1);
        let total = |i: usize| -> usize {
            series
                .iter()
                .map(|(_, values, _)| values.get(i).copied().unwrap_or(0))
                .sum()
        };
        let max = (0..columns).map(total).max().unwrap_or(0).max(1);
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(48)
            // A segmented `0..n` has a segment for `n` too: end one short, so no slot is empty.
            .build_cartesian_2d(
                (0..(columns - 1).max(1)).into_segmented(),
                0..max + max / 10 + 1,
            )?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .y_desc("replies")
            .label_style(FONT)
            .x_labels(columns)
            .x_label_formatter(&|value| match value {
                SegmentValue::CenterOf(i) => labels.get(*i).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .draw()?;
        let mut below = vec![0; columns];
        for &(name, values, colour) in series {
            let bases = below.clone();
            chart
                .draw_series(values.iter().enumerate().map(|(i, &value)| {
                    let mut bar = Rectangle::new(
                        [
                            (SegmentValue::Exact(i), bases[i]),
                            (SegmentValue::Exact(i + 1), bases[i] + value),
                        ],
                        colour.filled(),
                    );
                    bar.set_margin(0, 0, 8, 8);
                    bar
                }))?
                .label(name)
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled())
                });
            for (base, value) in below.iter_mut().zip(values) {
                *base += value;
            }
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .label_font(FONT)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.3))
            .draw()?;
        root.present()?;
    }
    Ok(svg)
}

/// A small chart without labels: one column per value on a shared scale up to `max` (the
/// small multiples of the responder table).
pub fn small_columns(values: &[usize], max: usize) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let columns = values.len().max(1);
        let size = (8 * columns as u32 + 4, 36);
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(2)
            .build_cartesian_2d((0..columns).into_segmented(), 0..max.max(1))?;
        chart.plotting_area().draw(&PathElement::new(
            [
                (SegmentValue::Exact(0), 0),
                (SegmentValue::Exact(columns), 0),
            ],
            BLACK.mix(0.4),
        ))?;
        chart.draw_series(values.iter().enumerate().map(|(i, &value)| {
            let mut bar = Rectangle::new(
                [
                    (SegmentValue::Exact(i), 0),
                    (SegmentValue::Exact(i + 1), value),
                ],
                BAR.filled(),
            );
            bar.set_margin(0, 0, 1, 1);
            bar
        }))?;
        root.present()?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_drawn_in_the_bar_colour_and_labelled() {
        let labels = vec!["takes-sides".to_string(), "too-early".to_string()];
        let svg = horizontal_bars(&labels, &[4.0, 2.0], "replies", true).unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert_eq!(svg.matches(r##"fill="#1D5FA8""##).count(), 2, "{svg}");
        assert!(svg.contains("takes-sides") && svg.contains("too-early"));
    }

    #[test]
    fn stacked_columns_draw_every_series_and_a_legend() {
        let labels = vec!["0 days".to_string(), "1–2 days".to_string()];
        let svg = stacked_columns(
            &labels,
            &[
                ("after", &[1, 2], BAR),
                ("before", &[3, 0], SECOND),
                ("not known", &[0, 4], UNKNOWN),
            ],
        )
        .unwrap();
        assert!(svg.contains("after") && svg.contains("before") && svg.contains("not known"));
        assert!(svg.contains("0 days") && svg.contains("1–2 days"), "{svg}");
        // Two columns and a legend key per series.
        for colour in [
            r##"fill="#1D5FA8""##,
            r##"fill="#B44D12""##,
            r##"fill="#6B6B6B""##,
        ] {
            assert_eq!(svg.matches(colour).count(), 3, "{colour}: {svg}");
        }
    }
}
