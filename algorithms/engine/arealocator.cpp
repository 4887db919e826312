#include "engine/arealocator.h"

#include <algorithm>
#include <cmath>

namespace targetgroup::engine
{

namespace
{
//! The cell of a coordinate on a regular axis; the same formula for inserting and querying.
int cellOf( double value, double origin, double size, int count )
{
  const int cell = static_cast<int>( std::floor( ( value - origin ) / size ) );
  return std::clamp( cell, 0, count - 1 );
}
} // namespace

int AreaLocator::addArea( const std::vector<AreaRing> &rings )
{
  Area area;
  for ( const AreaRing &ring : rings )
  {
    const std::size_t count = ring.size();
    if ( count < 2 )
      continue;
    for ( std::size_t i = 0; i < count; ++i )
    {
      const AreaPoint &from = ring[i];
      // The closing edge back to the first vertex; zero length when the ring repeats it.
      const AreaPoint &to = ring[( i + 1 ) % count];
      if ( from.x == to.x && from.y == to.y )
        continue;
      const bool fromIsLow = from.y < to.y || ( from.y == to.y && from.x < to.x );
      const AreaPoint &low = fromIsLow ? from : to;
      const AreaPoint &high = fromIsLow ? to : from;
      area.edges.push_back( Edge{ low.x, low.y, high.x, high.y } );
      if ( area.empty )
      {
        area.minX = area.maxX = from.x;
        area.minY = area.maxY = from.y;
        area.empty = false;
      }
      area.minX = std::min( { area.minX, from.x, to.x } );
      area.maxX = std::max( { area.maxX, from.x, to.x } );
      area.minY = std::min( { area.minY, from.y, to.y } );
      area.maxY = std::max( { area.maxY, from.y, to.y } );
    }
  }
  indexEdges( area );
  mAreas.push_back( std::move( area ) );
  mBuilt = false;
  return static_cast<int>( mAreas.size() ) - 1;
}

void AreaLocator::indexEdges( Area &area )
{
  if ( area.empty )
    return;
  // About four edges per band keeps a point test to a handful of edges.
  const int bandCount = static_cast<int>( std::clamp<std::size_t>( area.edges.size() / 4, 1, 4096 ) );
  const double height = area.maxY - area.minY;
  area.bandHeight = height > 0 ? height / bandCount : 1.0;
  area.bands.assign( bandCount, {} );
  for ( std::size_t i = 0; i < area.edges.size(); ++i )
  {
    const Edge &edge = area.edges[i];
    const int first = cellOf( edge.lowY, area.minY, area.bandHeight, bandCount );
    const int last = cellOf( edge.highY, area.minY, area.bandHeight, bandCount );
    for ( int band = first; band <= last; ++band )
      area.bands[band].push_back( static_cast<int>( i ) );
  }
}

void AreaLocator::build()
{
  mCells.clear();
  mColumns = mRows = 0;
  bool any = false;
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  for ( const Area &area : mAreas )
  {
    if ( area.empty )
      continue;
    if ( !any )
    {
      minX = area.minX, minY = area.minY, maxX = area.maxX, maxY = area.maxY;
      any = true;
    }
    minX = std::min( minX, area.minX );
    minY = std::min( minY, area.minY );
    maxX = std::max( maxX, area.maxX );
    maxY = std::max( maxY, area.maxY );
  }
  mBuilt = true;
  if ( !any )
    return;
  // About four cells per area, shaped like the extent.
  const double width = std::max( maxX - minX, 1e-9 );
  const double height = std::max( maxY - minY, 1e-9 );
  const double targetCells = 4.0 * static_cast<double>( mAreas.size() );
  mColumns = static_cast<int>( std::clamp( std::round( std::sqrt( targetCells * width / height ) ), 1.0, 4096.0 ) );
  mRows = static_cast<int>( std::clamp( std::round( targetCells / mColumns ), 1.0, 4096.0 ) );
  mGridMinX = minX;
  mGridMinY = minY;
  mCellWidth = width / mColumns;
  mCellHeight = height / mRows;
  mGridMaxX = maxX;
  mGridMaxY = maxY;
  mCells.assign( static_cast<std::size_t>( mColumns ) * mRows, {} );
  for ( std::size_t index = 0; index < mAreas.size(); ++index )
  {
    const Area &area = mAreas[index];
    if ( area.empty )
      continue;
    const int firstColumn = cellOf( area.minX, mGridMinX, mCellWidth, mColumns );
    const int lastColumn = cellOf( area.maxX, mGridMinX, mCellWidth, mColumns );
    const int firstRow = cellOf( area.minY, mGridMinY, mCellHeight, mRows );
    const int lastRow = cellOf( area.maxY, mGridMinY, mCellHeight, mRows );
    for ( int row = firstRow; row <= lastRow; ++row )
      for ( int column = firstColumn; column <= lastColumn; ++column )
        mCells[static_cast<std::size_t>( row ) * mColumns + column].push_back( static_cast<int>( index ) );
  }
}

PointLocation AreaLocator::locateIn( std::size_t index, double x, double y ) const
{
  const Area &area = mAreas[index];
  if ( area.empty || x < area.minX || x > area.maxX || y < area.minY || y > area.maxY )
    return PointLocation::Outside;
  const int band = cellOf( y, area.minY, area.bandHeight, static_cast<int>( area.bands.size() ) );
  bool inside = false;
  for ( const int edgeIndex : area.bands[band] )
  {
    const Edge &edge = area.edges[edgeIndex];
    if ( y < edge.lowY || y > edge.highY )
      continue;
    // > 0: the point lies left of the upward edge, so a ray towards +x crosses it.
    const double side = ( edge.highX - edge.lowX ) * ( y - edge.lowY ) - ( edge.highY - edge.lowY ) * ( x - edge.lowX );
    if ( side == 0 )
    {
      // On the edge's line within its y range: on the edge itself, except
      // for a horizontal edge, where the x range decides.
      if ( x >= std::min( edge.lowX, edge.highX ) && x <= std::max( edge.lowX, edge.highX ) )
        return PointLocation::Boundary;
      continue;
    }
    // Half-open in y, so a ray through a vertex counts it once.
    if ( y < edge.highY && side > 0 )
      inside = !inside;
  }
  return inside ? PointLocation::Interior : PointLocation::Outside;
}

AreaLocator::Match AreaLocator::locate( double x, double y ) const
{
  Match match;
  if ( !mBuilt || mCells.empty() || !( x >= mGridMinX && x <= mGridMaxX && y >= mGridMinY && y <= mGridMaxY ) )
    return match;
  const int column = cellOf( x, mGridMinX, mCellWidth, mColumns );
  const int row = cellOf( y, mGridMinY, mCellHeight, mRows );
  int interiors = 0;
  for ( const int candidate : mCells[static_cast<std::size_t>( row ) * mColumns + column] )
  {
    const PointLocation location = locateIn( static_cast<std::size_t>( candidate ), x, y );
    if ( location == PointLocation::Outside )
      continue;
    if ( match.area < 0 )
      match.area = candidate;
    if ( location == PointLocation::Interior )
      ++interiors;
  }
  match.inSeveralInteriors = interiors >= 2;
  return match;
}

} // namespace targetgroup::engine
