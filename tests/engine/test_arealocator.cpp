#include "engine/arealocator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

using namespace targetgroup::engine;

namespace
{
AreaRing rectangle( double minX, double minY, double maxX, double maxY )
{
  return { { minX, minY }, { maxX, minY }, { maxX, maxY }, { minX, maxY }, { minX, minY } };
}

//! Deterministic uniform numbers in [0, 1) (64-bit LCG, top 53 bits).
struct Sequence
{
  std::uint64_t state = 12345;
  double next()
  {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>( state >> 11 ) / 9007199254740992.0;
  }
};
} // namespace

TEST( AreaLocator, NeighboursAndOutside )
{
  AreaLocator locator;
  EXPECT_EQ( locator.addArea( { rectangle( 0, 0, 10, 10 ) } ), 0 );
  EXPECT_EQ( locator.addArea( { rectangle( 10, 0, 20, 10 ) } ), 1 );
  locator.build();
  EXPECT_EQ( locator.locate( 5, 5 ).area, 0 );
  EXPECT_EQ( locator.locate( 15, 5 ).area, 1 );
  EXPECT_EQ( locator.locate( 25, 5 ).area, -1 );
  EXPECT_EQ( locator.locate( 5, -0.001 ).area, -1 );
  EXPECT_EQ( locator.locate( std::nan( "" ), 5 ).area, -1 );
  // Interior points are in no other area.
  EXPECT_FALSE( locator.locate( 5, 5 ).inSeveralInteriors );
}

TEST( AreaLocator, SharedBoundaryGoesToTheFirstArea )
{
  AreaLocator leftFirst;
  leftFirst.addArea( { rectangle( 0, 0, 10, 10 ) } );
  leftFirst.addArea( { rectangle( 10, 0, 20, 10 ) } );
  leftFirst.build();
  EXPECT_EQ( leftFirst.locateIn( 0, 10, 5 ), PointLocation::Boundary );
  EXPECT_EQ( leftFirst.locateIn( 1, 10, 5 ), PointLocation::Boundary );
  EXPECT_EQ( leftFirst.locate( 10, 5 ).area, 0 );
  // A boundary point is not an overlap.
  EXPECT_FALSE( leftFirst.locate( 10, 5 ).inSeveralInteriors );
  // Shared corner and outer corner: boundary, still counted.
  EXPECT_EQ( leftFirst.locate( 10, 10 ).area, 0 );
  EXPECT_EQ( leftFirst.locate( 20, 0 ).area, 1 );

  AreaLocator rightFirst;
  rightFirst.addArea( { rectangle( 10, 0, 20, 10 ) } );
  rightFirst.addArea( { rectangle( 0, 0, 10, 10 ) } );
  rightFirst.build();
  EXPECT_EQ( rightFirst.locate( 10, 5 ).area, 0 ); // now the right square comes first
}

TEST( AreaLocator, OverlapCountsOnceInTheFirstAndIsFlagged )
{
  AreaLocator locator;
  locator.addArea( { rectangle( 0, 0, 10, 10 ) } );
  locator.addArea( { rectangle( 5, 0, 15, 10 ) } );
  locator.build();
  EXPECT_EQ( locator.locate( 7, 5 ).area, 0 );
  EXPECT_TRUE( locator.locate( 7, 5 ).inSeveralInteriors );
  EXPECT_EQ( locator.locate( 12, 5 ).area, 1 );
  EXPECT_FALSE( locator.locate( 12, 5 ).inSeveralInteriors );
  // On the edge of the second, inside the first: not inside two interiors.
  EXPECT_FALSE( locator.locate( 5, 5 ).inSeveralInteriors );
}

TEST( AreaLocator, HolesAndParts )
{
  AreaLocator locator;
  // One area: a square with a square hole, plus a second part far away.
  locator.addArea( { rectangle( 0, 0, 10, 10 ), rectangle( 3, 3, 7, 7 ), rectangle( 100, 100, 110, 110 ) } );
  // The hole is filled by another area.
  locator.addArea( { rectangle( 3, 3, 7, 7 ) } );
  locator.build();
  EXPECT_EQ( locator.locateIn( 0, 5, 5 ), PointLocation::Outside );
  EXPECT_EQ( locator.locate( 5, 5 ).area, 1 );
  EXPECT_EQ( locator.locate( 1, 1 ).area, 0 );
  EXPECT_EQ( locator.locate( 105, 105 ).area, 0 );
  EXPECT_EQ( locator.locate( 50, 50 ).area, -1 );
  // The hole's edge is the boundary of both: first area.
  EXPECT_EQ( locator.locateIn( 0, 3, 5 ), PointLocation::Boundary );
  EXPECT_EQ( locator.locate( 3, 5 ).area, 0 );
}

TEST( AreaLocator, RayThroughVertices )
{
  AreaLocator locator;
  // A diamond: a ray from (2, 5) towards +x passes through the vertex (10, 5).
  locator.addArea( { { { 0, 5 }, { 5, 0 }, { 10, 5 }, { 5, 10 } } } ); // ring not closed explicitly
  locator.build();
  EXPECT_EQ( locator.locateIn( 0, 2, 5 ), PointLocation::Interior );
  EXPECT_EQ( locator.locateIn( 0, -1, 5 ), PointLocation::Outside ); // passes two vertices
  EXPECT_EQ( locator.locateIn( 0, 11, 5 ), PointLocation::Outside );
  EXPECT_EQ( locator.locateIn( 0, 5, 0 ), PointLocation::Boundary );
  EXPECT_EQ( locator.locateIn( 0, 2.5, 2.5 ), PointLocation::Boundary ); // on the edge (0,5)-(5,0)
  EXPECT_EQ( locator.locateIn( 0, 5, 9.99 ), PointLocation::Interior );
}

TEST( AreaLocator, ManyVerticesUseBands )
{
  // A 1000-gon approximating a circle of radius 100 around (500, 500).
  AreaRing circle;
  const double pi = std::acos( -1.0 );
  for ( int i = 0; i < 1000; ++i )
    circle.push_back( { 500 + 100 * std::cos( 2 * pi * i / 1000 ), 500 + 100 * std::sin( 2 * pi * i / 1000 ) } );
  AreaLocator locator;
  locator.addArea( { circle } );
  locator.build();
  Sequence sequence;
  for ( int i = 0; i < 20000; ++i )
  {
    const double x = 380 + 240 * sequence.next();
    const double y = 380 + 240 * sequence.next();
    const double distance = std::hypot( x - 500, y - 500 );
    // Well inside the inscribed polygon or well outside the circle: no doubt about the answer.
    if ( distance < 99.99 )
    {
      EXPECT_EQ( locator.locate( x, y ).area, 0 ) << x << " " << y;
    }
    else if ( distance > 100.0 )
    {
      EXPECT_EQ( locator.locate( x, y ).area, -1 ) << x << " " << y;
    }
  }
}

TEST( AreaLocator, SharedSlantedEdgeNeverLosesOrDoublesAPoint )
{
  // Two triangles sharing an edge with coordinates off any grid; every point of
  // the enclosing rectangle lies in exactly one of them.
  const AreaPoint a{ 0.1, 0.3 }, b{ 1.7, 0.3 }, c{ 1.7, 1.9 }, d{ 0.1, 1.9 };
  const AreaPoint shared1{ 0.1, 0.3 }, shared2{ 1.7, 1.9 };
  AreaLocator locator;
  locator.addArea( { { a, b, c } } );
  locator.addArea( { { shared2, d, shared1 } } );
  locator.build();
  Sequence sequence;
  int inFirst = 0, inSecond = 0;
  for ( int i = 0; i < 20000; ++i )
  {
    // Points on the shared diagonal (up to rounding) and random points in the rectangle.
    const double t = sequence.next();
    const double onDiagonalX = 0.1 + 1.6 * t, onDiagonalY = 0.3 + 1.6 * t;
    const double randomX = 0.1 + 1.6 * sequence.next(), randomY = 0.3 + 1.6 * sequence.next();
    for ( const AreaPoint point : { AreaPoint{ onDiagonalX, onDiagonalY }, AreaPoint{ randomX, randomY } } )
    {
      const int area = locator.locate( point.x, point.y ).area;
      ASSERT_NE( area, -1 ) << point.x << " " << point.y;
      const bool first = locator.locateIn( 0, point.x, point.y ) != PointLocation::Outside;
      const bool second = locator.locateIn( 1, point.x, point.y ) != PointLocation::Outside;
      // Both only when exactly on the shared edge (boundary of both).
      if ( first && second )
      {
        EXPECT_EQ( locator.locateIn( 0, point.x, point.y ), PointLocation::Boundary );
        EXPECT_EQ( locator.locateIn( 1, point.x, point.y ), PointLocation::Boundary );
      }
      ( area == 0 ? inFirst : inSecond )++;
    }
  }
  EXPECT_EQ( inFirst + inSecond, 40000 );
  EXPECT_GT( inSecond, 5000 );
}

TEST( AreaLocator, EmptyAreasAndUnbuiltLocator )
{
  AreaLocator locator;
  EXPECT_EQ( locator.addArea( {} ), 0 );
  EXPECT_EQ( locator.addArea( { rectangle( 0, 0, 1, 1 ) } ), 1 );
  EXPECT_EQ( locator.locate( 0.5, 0.5 ).area, -1 ); // not built yet
  locator.build();
  EXPECT_EQ( locator.areaCount(), 2u );
  EXPECT_EQ( locator.locate( 0.5, 0.5 ).area, 1 );
  EXPECT_EQ( locator.locateIn( 0, 0.5, 0.5 ), PointLocation::Outside );

  AreaLocator nothing;
  nothing.build();
  EXPECT_EQ( nothing.locate( 0, 0 ).area, -1 );
}
