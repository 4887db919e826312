// The shared area layer: where a household is, geometry repair, and the area
// index with its tie rule (lowest feature id). Coordinates by hand.

#include "common/arealayer.h"

#include <gtest/gtest.h>

using namespace targetgroup;

namespace
{

QgsFeature area( QgsFeatureId id, const QString &wkt )
{
  QgsFeature feature( id );
  if ( !wkt.isEmpty() )
    feature.setGeometry( QgsGeometry::fromWkt( wkt ) );
  return feature;
}

const QString kWest = QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" );
const QString kEast = QStringLiteral( "Polygon((10 0, 20 0, 20 10, 10 10, 10 0))" );

} // namespace

TEST( HouseholdLocation, PointIsWhereItIs )
{
  const HouseholdLocation location = householdLocation( QgsGeometry::fromWkt( QStringLiteral( "Point(3 4)" ) ) );
  EXPECT_TRUE( location.known );
  EXPECT_FALSE( location.representative );
  EXPECT_DOUBLE_EQ( location.x, 3 );
  EXPECT_DOUBLE_EQ( location.y, 4 );
}

TEST( HouseholdLocation, MultipointOfOnePointIsThatPoint )
{
  const HouseholdLocation location = householdLocation( QgsGeometry::fromWkt( QStringLiteral( "MultiPoint((3 4))" ) ) );
  EXPECT_TRUE( location.known );
  EXPECT_FALSE( location.representative );
  EXPECT_DOUBLE_EQ( location.x, 3 );
}

TEST( HouseholdLocation, MultipointStraddlingTwoAreasIsAtItsPointOnSurface )
{
  // Parts (2 5) in the west square, (17 5) and (18 5) in the east one. Their
  // centroid is (12.33, 5); the point on surface of a multipoint is the part
  // nearest the centroid: (17 5). The first part, (2 5), would say west.
  const HouseholdLocation location = householdLocation( QgsGeometry::fromWkt( QStringLiteral( "MultiPoint((2 5),(17 5),(18 5))" ) ) );
  ASSERT_TRUE( location.known );
  EXPECT_TRUE( location.representative );
  EXPECT_DOUBLE_EQ( location.x, 17 );
  EXPECT_DOUBLE_EQ( location.y, 5 );

  AreaIndex index;
  index.addArea( area( 1, kWest ) );
  index.addArea( area( 2, kEast ) );
  index.build();
  EXPECT_EQ( index.featureId( index.locate( location ).area ), 2 );
}

TEST( HouseholdLocation, NoGeometryHasNoPlace )
{
  EXPECT_FALSE( householdLocation( QgsGeometry() ).known );
  EXPECT_FALSE( householdLocation( QgsGeometry::fromWkt( QStringLiteral( "Point EMPTY" ) ) ).known );
  EXPECT_FALSE( householdLocation( QgsGeometry::fromWkt( QStringLiteral( "MultiPoint EMPTY" ) ) ).known );
}

TEST( HouseholdLocation, PolygonHouseholdIsAtItsPointOnSurface )
{
  const HouseholdLocation location = householdLocation( QgsGeometry::fromWkt( QStringLiteral( "Polygon((12 2, 14 2, 14 4, 12 4, 12 2))" ) ) );
  ASSERT_TRUE( location.known );
  EXPECT_TRUE( location.representative );
  EXPECT_GT( location.x, 12 );
  EXPECT_LT( location.x, 14 );
}

TEST( RepairedAreaGeometry, ValidInvalidAndEmpty )
{
  bool repaired = true, empty = true;
  const QgsGeometry valid = repairedAreaGeometry( QgsGeometry::fromWkt( kWest ), repaired, empty );
  EXPECT_FALSE( repaired );
  EXPECT_FALSE( empty );
  EXPECT_DOUBLE_EQ( valid.area(), 100 );

  // A bow tie: two triangles of area 25 each, crossing at (5 5).
  const QgsGeometry bowTie = repairedAreaGeometry( QgsGeometry::fromWkt( QStringLiteral( "Polygon((0 0, 10 10, 10 0, 0 10, 0 0))" ) ), repaired, empty );
  EXPECT_TRUE( repaired );
  EXPECT_FALSE( empty );
  EXPECT_TRUE( bowTie.isGeosValid() );
  EXPECT_NEAR( bowTie.area(), 50, 1e-9 );

  EXPECT_TRUE( repairedAreaGeometry( QgsGeometry(), repaired, empty ).isNull() );
  EXPECT_TRUE( empty );
  EXPECT_FALSE( repaired );
}

TEST( AreaIndex, OverlapGoesToTheLowestFeatureIdWhateverTheReadingOrder )
{
  // Feature 7 is read first, feature 3 second; both cover (5 5).
  AreaIndex index;
  index.addArea( area( 7, kWest ) );
  index.addArea( area( 3, QStringLiteral( "Polygon((4 4, 6 4, 6 6, 4 6, 4 4))" ) ) );
  index.addArea( area( 5, QString() ) );
  index.build();
  ASSERT_EQ( index.areaCount(), 3 );
  EXPECT_EQ( index.featureId( 0 ), 3 );
  EXPECT_EQ( index.featureId( 1 ), 5 );
  EXPECT_EQ( index.featureId( 2 ), 7 );
  EXPECT_EQ( index.indexOf( 7 ), 2 );
  EXPECT_EQ( index.indexOf( 4 ), -1 );

  HouseholdLocation inBoth;
  inBoth.x = 5;
  inBoth.y = 5;
  inBoth.known = true;
  const engine::AreaLocator::Match match = index.locate( inBoth );
  EXPECT_EQ( index.featureId( match.area ), 3 );
  EXPECT_TRUE( match.inSeveralInteriors );

  HouseholdLocation onlyWest = inBoth;
  onlyWest.x = 1;
  EXPECT_EQ( index.featureId( index.locate( onlyWest ).area ), 7 );
  EXPECT_EQ( index.locate( HouseholdLocation() ).area, -1 );
  EXPECT_EQ( index.emptyIds(), QList<QgsFeatureId>{ 5 } );
}

TEST( AreaIndex, SharedBoundaryCountsOnce )
{
  AreaIndex index;
  index.addArea( area( 2, kEast ) );
  index.addArea( area( 1, kWest ) );
  index.build();
  HouseholdLocation onBoundary;
  onBoundary.x = 10;
  onBoundary.y = 5;
  onBoundary.known = true;
  const engine::AreaLocator::Match match = index.locate( onBoundary );
  EXPECT_EQ( index.featureId( match.area ), 1 );
  EXPECT_FALSE( match.inSeveralInteriors );
}

TEST( FeatureIdList, ShowsTheFirstAndCountsTheRest )
{
  EXPECT_EQ( featureIdList( { 1, 2, 3 } ), QStringLiteral( "1, 2, 3" ) );
  EXPECT_EQ( featureIdList( { 1, 2, 3, 4 }, 2 ), QStringLiteral( "1, 2, and 2 more" ) );
}
