package com.carbon254.observability.dsl.dashboard;

/**
 * A panel's place in Grafana's grid: 24 columns wide; {@code y} and {@code h} count grid rows
 * (about 30 px each).
 *
 * <pre>{@code GridPos.at(0, 9).size(12, 8)}</pre>
 */
public record GridPos(int x, int y, int w, int h) {
  public static final int COLUMNS = 24;

  public static Origin at(int x, int y) {
    return new Origin(x, y);
  }

  /** The top-left corner, waiting for a size; keeps the four ints of a position apart by name. */
  public record Origin(int x, int y) {
    public GridPos size(int w, int h) {
      return new GridPos(x, y, w, h);
    }
  }

  public int right() {
    return x + w;
  }

  public int bottom() {
    return y + h;
  }

  public boolean overlaps(GridPos other) {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }

  /** As messages print it: {@code x=0 y=1 w=8 h=8}. */
  @Override
  public String toString() {
    return "x=" + x + " y=" + y + " w=" + w + " h=" + h;
  }
}
