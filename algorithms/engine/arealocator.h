#pragma once
// Point-in-area location for many points against a fixed set of polygon areas:
// a uniform grid over the areas' bounding boxes, and per area a band index of
// its edges. Built once; locate() is const and allocation-free, so any number
// of threads may call it concurrently after build().
// QGIS-free: plain C++17.

#include <cstddef>
#include <vector>

namespace targetgroup::engine
{

struct AreaPoint
{
  double x = 0;
  double y = 0;
};

//! A closed ring (the last vertex may or may not repeat the first).
using AreaRing = std::vector<AreaPoint>;

enum class PointLocation
{
  Outside,
  Boundary, //!< on an edge or vertex of the area
  Interior,
};

/**
 * Finds the area a point lies in.
 *
 * An area is any number of rings (outer rings and holes of all its parts); a
 * point is inside by the even-odd rule over all of them, which is the usual
 * meaning for valid (multi)polygons.
 *
 * Tie rule: a point whose closure test (interior or boundary, i.e. GEOS
 * "intersects") holds for several areas is assigned to the one added first.
 * A point on the boundary shared by neighbours is thus counted exactly once.
 * A point in the interior of two or more areas (overlapping polygons) is also
 * counted once, in the first, and flagged as inSeveralInteriors.
 *
 * Edges are stored with their endpoints in a canonical order, so the two
 * neighbours of a shared edge take bit-identical decisions for it: a point
 * near a shared edge can never fall in neither or both neighbours.
 */
class AreaLocator
{
public:
  struct Match
  {
    int area = -1;                   //!< index in the order of addArea(), -1 when outside every area
    bool inSeveralInteriors = false; //!< inside two or more areas (overlap)
  };

  //! Adds an area; returns its index (areas are numbered in the order added).
  int addArea( const std::vector<AreaRing> &rings );

  //! Builds the grid over all areas. Call once, after the last addArea().
  void build();

  std::size_t areaCount() const { return mAreas.size(); }

  //! The area containing (x, y) by the tie rule above.
  Match locate( double x, double y ) const;

  //! Where (x, y) lies relative to one area.
  PointLocation locateIn( std::size_t area, double x, double y ) const;

private:
  struct Edge
  {
    //! Canonical order: (lowX, lowY) is the endpoint with the lower y (lower x on ties).
    double lowX, lowY, highX, highY;
  };
  struct Area
  {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool empty = true;
    std::vector<Edge> edges;
    //! Horizontal bands over [minY, maxY]; each lists the edges it meets.
    double bandHeight = 1;
    std::vector<std::vector<int>> bands;
  };

  void indexEdges( Area &area );

  std::vector<Area> mAreas;
  double mGridMinX = 0, mGridMinY = 0, mGridMaxX = 0, mGridMaxY = 0, mCellWidth = 1, mCellHeight = 1;
  int mColumns = 0, mRows = 0;
  //! Per grid cell, the areas whose bounding box meets it, ascending.
  std::vector<std::vector<int>> mCells;
  bool mBuilt = false;
};

} // namespace targetgroup::engine
