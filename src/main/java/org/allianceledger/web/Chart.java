package org.allianceledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * A bar-and-line chart laid out on the server, drawn by the page as inline SVG: it needs no
 * script, prints, and sits above a table that says the same in figures.
 *
 * @param bars  per category, one bar for each bar series side by side
 * @param lines one polyline per line series, through the middle of each category
 */
public record Chart(String title, int width, int height, List<Tick> ticks, List<Bar> bars, List<Line> lines,
                    List<Label> categories, List<Legend> legend, double axisY, double plotLeft, double plotRight) {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 96;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int TICKS = 4;
    private static final double BAR_SHARE = 0.7;

    /** Values of one series, one per category; {@code style} names its CSS class. */
    public record Series(String name, String style, List<Long> values) {
    }

    public record Tick(double y, String label) {
    }

    public record Bar(double x, double y, double width, double height, String style, String title) {
    }

    public record Line(String points, String style, String name) {
    }

    public record Label(double x, String text) {
    }

    public record Legend(String name, String style, boolean line) {
    }

    public static Chart of(String title, List<String> categories, List<Series> barSeries, List<Series> lineSeries,
                           LongFunction<String> valueLabel) {
        long max = Stream.concat(barSeries.stream(), lineSeries.stream())
                .flatMap(series -> series.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long step = niceStep(Math.max(max, 1) / (double) TICKS);
        long top = Math.max(step, (max + step - 1) / step * step);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double axisY = TOP + plotHeight;
        double band = (WIDTH - LEFT - RIGHT) / (double) Math.max(categories.size(), 1);
        double barWidth = band * BAR_SHARE / Math.max(barSeries.size(), 1);

        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            ticks.add(new Tick(axisY - plotHeight * value / top, valueLabel.apply(value)));
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double bandLeft = LEFT + band * c;
            labels.add(new Label(bandLeft + band / 2, categories.get(c)));
            for (int s = 0; s < barSeries.size(); s++) {
                Series series = barSeries.get(s);
                long value = Math.max(0, series.values().get(c));
                double barHeight = plotHeight * value / top;
                bars.add(new Bar(bandLeft + band * (1 - BAR_SHARE) / 2 + barWidth * s, axisY - barHeight, barWidth, barHeight,
                        series.style(), series.name() + ", " + categories.get(c) + ": " + valueLabel.apply(series.values().get(c))));
            }
        }
        List<Line> lines = lineSeries.stream().map(series -> {
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                double y = axisY - plotHeight * Math.max(0, series.values().get(c)) / top;
                points.append(c == 0 ? "" : " ").append(round(LEFT + band * c + band / 2)).append(',').append(round(y));
            }
            return new Line(points.toString(), series.style(), series.name());
        }).toList();
        List<Legend> legend = Stream.concat(barSeries.stream().map(series -> new Legend(series.name(), series.style(), false)),
                lineSeries.stream().map(series -> new Legend(series.name(), series.style(), true))).toList();
        return new Chart(title, WIDTH, HEIGHT, ticks, bars, lines, labels, legend, axisY, LEFT, WIDTH - RIGHT);
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}: gridlines a reader can add up. */
    static long niceStep(double rough) {
        long magnitude = 1;
        while (magnitude * 10 <= rough) {
            magnitude *= 10;
        }
        for (long multiple : new long[] {1, 2, 5, 10}) {
            if (magnitude * multiple >= rough) {
                return magnitude * multiple;
            }
        }
        return magnitude * 10;
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
