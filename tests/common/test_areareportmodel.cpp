// The area report's numbers, without rendering: memory layers with the
// fields aggregateareas writes (from the output schema), the expected
// figures computed by hand beside them.

#include "common/areareportmodel.h"
#include "common/outputschema.h"

#include <gtest/gtest.h>

#include <qgsfeedback.h>
#include <qgsmemoryproviderutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <memory>

using namespace targetgroup;

namespace
{

//! One area of a fixture; households < 10 means suppressed (figures NULL).
struct Area
{
  QString name;
  long long households;
  double expected;
  double memberExpected; //!< < 0: membership unknown
};

/**
 * Six areas:
 *
 *   name     hh   expected  members  untapped  share
 *   Centrum  200    30         6       24      0.150
 *   Noord    100     8         6        2      0.080
 *   Oost     300    45        30       15      0.150
 *   Klein      5   suppressed
 *   Leeg       0   no estimate (not suppressed)
 *   West     150    15         0       15      0.100
 *
 * Shown (not suppressed, with an estimate): Centrum, Noord, Oost, West:
 * households 750, expected 98, among members 42 -> reach 42 / 98, share 98 / 750.
 * By expected: Oost 45, Centrum 30, West 15, Noord 8.
 * By untapped: Centrum 24, Oost 15, West 15 (tie: layer order), Noord 2.
 */
QList<Area> sixAreas( bool membershipKnown = true )
{
  const double unknown = -1;
  return {
      { QStringLiteral( "Centrum" ), 200, 30, membershipKnown ? 6 : unknown },
      { QStringLiteral( "Noord" ), 100, 8, membershipKnown ? 6 : unknown },
      { QStringLiteral( "Oost" ), 300, 45, membershipKnown ? 30 : unknown },
      { QStringLiteral( "Klein" ), 5, 0, unknown },
      { QStringLiteral( "Leeg" ), 0, 0, unknown },
      { QStringLiteral( "West" ), 150, 15, membershipKnown ? 0 : unknown },
  };
}

//! A CBS-like area layer: code, name, then every field aggregateareas adds.
std::unique_ptr<QgsVectorLayer> areaLayer( const QList<Area> &areas, bool withNames = true )
{
  QgsFields fields;
  if ( withNames )
  {
    fields.append( compat::makeField( schema::kCbsCodeField, compat::FieldKind::String ) );
    fields.append( compat::makeField( schema::kCbsNameField, compat::FieldKind::String ) );
  }
  for ( const QgsField &field : schema::areaFigureQgsFields() )
    fields.append( field );
  std::unique_ptr<QgsVectorLayer> layer( QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "wijken" ), fields, compat::WkbMultiPolygon,
                                                                                    QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ) ) );
  const double totalShare = 98.0 / 750.0;
  int number = 0;
  for ( const Area &area : areas )
  {
    QgsFeature feature( fields );
    const double x = 100000 + 1000.0 * number;
    feature.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "MultiPolygon(((%1 400000, %2 400000, %2 401000, %1 401000, %1 400000)))" ).arg( x ).arg( x + 1000 ) ) );
    if ( withNames )
    {
      feature.setAttribute( schema::kCbsCodeField, QStringLiteral( "WK%1" ).arg( ++number, 6, 10, QLatin1Char( '0' ) ) );
      feature.setAttribute( schema::kCbsNameField, area.name );
    }
    else
      ++number;
    feature.setAttribute( schema::kHouseholds, area.households );
    const bool suppressed = area.households > 0 && area.households < 10;
    feature.setAttribute( schema::kSuppressed, suppressed ? 1 : 0 );
    if ( !suppressed && area.households > 0 )
    {
      const double share = area.expected / static_cast<double>( area.households );
      feature.setAttribute( schema::kExpected, area.expected );
      feature.setAttribute( schema::kExpectedLow, area.expected * 0.8 );
      feature.setAttribute( schema::kExpectedHigh, area.expected * 1.2 );
      feature.setAttribute( schema::kShare, share );
      feature.setAttribute( schema::kAreaIndex, 100.0 * share / totalShare );
      if ( area.memberExpected >= 0 )
      {
        feature.setAttribute( schema::kMemberExpected, area.memberExpected );
        feature.setAttribute( schema::kReach, area.memberExpected / area.expected );
        feature.setAttribute( schema::kUntapped, area.expected - area.memberExpected );
      }
    }
    layer->dataProvider()->addFeature( feature );
  }
  return layer;
}

std::optional<AreaReportModel> readModel( QgsVectorLayer &layer, AreaReportSettings settings = AreaReportSettings(), const QString &nameField = QString() )
{
  return AreaReportModel::read( layer, AreaReportFields::locate( layer.fields(), nameField ), layer.name(), std::move( settings ) );
}

QStringList names( const std::vector<const AreaReportRow *> &rows )
{
  QStringList result;
  for ( const AreaReportRow *row : rows )
    result << row->name;
  return result;
}

} // namespace

TEST( AreaReportModel, RowsTotalsAndCounts )
{
  auto layer = areaLayer( sixAreas() );
  const std::optional<AreaReportModel> model = readModel( *layer );
  ASSERT_TRUE( model );
  EXPECT_EQ( model->sourceName(), QStringLiteral( "wijken" ) );
  EXPECT_EQ( model->areaCount(), 6 );
  EXPECT_EQ( model->suppressedCount(), 1 );
  EXPECT_TRUE( model->hasCodes() );

  // Suppressed Klein (5) and empty Leeg (0) are not in the totals.
  EXPECT_EQ( model->totals().households, 750 );
  EXPECT_DOUBLE_EQ( model->totals().expected, 98.0 );
  EXPECT_DOUBLE_EQ( model->totals().memberExpected, 42.0 );
  EXPECT_DOUBLE_EQ( model->totals().expectedWithMembership, 98.0 );
  ASSERT_TRUE( model->overallShare() );
  EXPECT_DOUBLE_EQ( *model->overallShare(), 98.0 / 750.0 );
  EXPECT_TRUE( model->membershipKnown() );
  ASSERT_TRUE( model->reach() );
  EXPECT_DOUBLE_EQ( *model->reach(), 42.0 / 98.0 );

  // Rows in layer order with every figure; a suppressed row keeps name, code and households only.
  const AreaReportRow &oost = model->rows().at( 2 );
  EXPECT_EQ( oost.name, QStringLiteral( "Oost" ) );
  EXPECT_EQ( oost.code, QStringLiteral( "WK000003" ) );
  EXPECT_EQ( oost.households, 300 );
  EXPECT_FALSE( oost.suppressed );
  EXPECT_DOUBLE_EQ( oost.expected.value_or( -1 ), 45.0 );
  EXPECT_DOUBLE_EQ( oost.expectedLow.value_or( -1 ), 36.0 );
  EXPECT_DOUBLE_EQ( oost.expectedHigh.value_or( -1 ), 54.0 );
  EXPECT_DOUBLE_EQ( oost.share.value_or( -1 ), 0.15 );
  EXPECT_DOUBLE_EQ( oost.index.value_or( -1 ), 100.0 * 0.15 / ( 98.0 / 750.0 ) );
  EXPECT_DOUBLE_EQ( oost.memberExpected.value_or( -1 ), 30.0 );
  EXPECT_DOUBLE_EQ( oost.reach.value_or( -1 ), 30.0 / 45.0 );
  EXPECT_DOUBLE_EQ( oost.untapped.value_or( -1 ), 15.0 );
  EXPECT_FALSE( oost.geometry.isNull() );
  const AreaReportRow &klein = model->rows().at( 3 );
  EXPECT_TRUE( klein.suppressed );
  EXPECT_EQ( klein.households, 5 );
  EXPECT_FALSE( klein.expected || klein.share || klein.untapped );
}

TEST( AreaReportModel, MapSharesLeaveOutSuppressedAndEmptyAreas )
{
  auto layer = areaLayer( sixAreas() );
  const std::optional<AreaReportModel> model = readModel( *layer );
  ASSERT_TRUE( model );
  EXPECT_EQ( model->mapShares(), ( QList<double>{ 30.0 / 200.0, 8.0 / 100.0, 45.0 / 300.0, 15.0 / 150.0 } ) );
  // Leeg has no households and is not suppressed: the map needs a class for it.
  EXPECT_TRUE( model->hasAreasWithoutEstimate() );
  EXPECT_EQ( model->crs().authid(), QStringLiteral( "EPSG:28992" ) );
}

TEST( AreaReportModel, RankingsHighestFirstTiesInLayerOrderSuppressedLeftOut )
{
  auto layer = areaLayer( sixAreas() );
  std::optional<AreaReportModel> model = readModel( *layer );
  ASSERT_TRUE( model );
  EXPECT_EQ( names( model->topByExpected() ), ( QStringList{ QStringLiteral( "Oost" ), QStringLiteral( "Centrum" ), QStringLiteral( "West" ), QStringLiteral( "Noord" ) } ) );
  EXPECT_EQ( names( model->topByUntapped() ), ( QStringList{ QStringLiteral( "Centrum" ), QStringLiteral( "Oost" ), QStringLiteral( "West" ), QStringLiteral( "Noord" ) } ) );

  AreaReportSettings settings;
  settings.topCount = 2;
  model = readModel( *layer, settings );
  ASSERT_TRUE( model );
  EXPECT_EQ( names( model->topByExpected() ), ( QStringList{ QStringLiteral( "Oost" ), QStringLiteral( "Centrum" ) } ) );
  EXPECT_EQ( names( model->topByUntapped() ), ( QStringList{ QStringLiteral( "Centrum" ), QStringLiteral( "Oost" ) } ) );
}

TEST( AreaReportModel, MembershipUnknown )
{
  auto layer = areaLayer( sixAreas( false ) );
  const std::optional<AreaReportModel> model = readModel( *layer );
  ASSERT_TRUE( model );
  EXPECT_FALSE( model->membershipKnown() );
  EXPECT_FALSE( model->reach() );
  EXPECT_TRUE( model->topByUntapped().empty() );
  // The rest of the report does not depend on membership.
  EXPECT_DOUBLE_EQ( model->totals().expected, 98.0 );
  EXPECT_DOUBLE_EQ( model->totals().memberExpected, 0.0 );
  EXPECT_EQ( model->topByExpected().size(), 4u );
}

TEST( AreaReportModel, FieldsNamesAndCodes )
{
  // Required fields: the figure fields of the output schema; the missing ones in that order.
  QgsFields fields = schema::areaFigureQgsFields();
  EXPECT_TRUE( AreaReportFields::missing( fields ).isEmpty() );
  fields.remove( fields.lookupField( schema::kSuppressed ) );
  fields.remove( fields.lookupField( schema::kExpectedLow ) );
  EXPECT_EQ( AreaReportFields::missing( fields ), ( QStringList{ schema::kExpectedLow, schema::kSuppressed } ) );

  // The name field chosen: the code is not repeated beside it.
  auto layer = areaLayer( sixAreas() );
  std::optional<AreaReportModel> model = readModel( *layer, AreaReportSettings(), schema::kCbsCodeField );
  ASSERT_TRUE( model );
  EXPECT_FALSE( model->hasCodes() );
  EXPECT_EQ( model->rows().at( 0 ).name, QStringLiteral( "WK000001" ) );
  EXPECT_TRUE( model->rows().at( 0 ).code.isEmpty() );

  // Without name fields the areas are numbered by feature id (memory layers count from 1).
  auto unnamed = areaLayer( sixAreas(), false );
  model = readModel( *unnamed );
  ASSERT_TRUE( model );
  EXPECT_FALSE( model->hasCodes() );
  EXPECT_EQ( model->rows().at( 2 ).name, QStringLiteral( "Area 3" ) );

  // A NULL name says which feature it is.
  QgsFeature first = layer->getFeature( 1 );
  layer->dataProvider()->changeAttributeValues( { { first.id(), { { layer->fields().lookupField( schema::kCbsNameField ), QVariant() } } } } );
  model = readModel( *layer );
  ASSERT_TRUE( model );
  EXPECT_EQ( model->rows().at( 0 ).name, QStringLiteral( "(no name, feature 1)" ) );
}

TEST( AreaReportModel, SoftCharacteristicsDescriptiveOnlyHighestIndexFirst )
{
  // 100 seed households among 1000. Scoring field "education" is left out;
  // descriptive field "hobby": reading 40/200 -> index 100 * 0.40 / 0.20 = 200,
  // cooking 30/500 -> 60, gaming 10/200 -> 50; "(missing)" 15/50 (300) and
  // "(other)" 5/50 (100) say nothing a campaign can use and are left out.
  engine::Profile profile;
  profile.seedCount = 100;
  profile.baseCount = 1000;
  engine::ProfileField education;
  education.name = "education";
  education.categories = { { "low", 70, 400 }, { "high", 30, 600 } };
  engine::ProfileField hobby;
  hobby.name = "hobby";
  hobby.usedForScoring = false;
  hobby.categories = { { "cooking", 30, 500 }, { "gaming", 10, 200 }, { "reading", 40, 200 }, { engine::kMissingCategory, 15, 50 }, { engine::kOtherCategory, 5, 50 } };
  profile.fields = { education, hobby };

  auto layer = areaLayer( sixAreas() );
  AreaReportSettings settings;
  settings.profile = profile;
  std::optional<AreaReportModel> model = readModel( *layer, settings );
  ASSERT_TRUE( model );
  const std::vector<engine::CategorySummary> &soft = model->softCharacteristics();
  ASSERT_EQ( soft.size(), 3u );
  EXPECT_EQ( soft.at( 0 ).label, "reading" );
  EXPECT_NEAR( soft.at( 0 ).index.index, 200.0, 1e-9 );
  EXPECT_EQ( soft.at( 1 ).label, "cooking" );
  EXPECT_NEAR( soft.at( 1 ).index.index, 60.0, 1e-9 );
  EXPECT_EQ( soft.at( 2 ).label, "gaming" );
  EXPECT_NEAR( soft.at( 2 ).index.index, 50.0, 1e-9 );
  EXPECT_EQ( soft.at( 2 ).fieldName, "hobby" );

  // TOP_N limits this list too.
  settings.topCount = 1;
  model = readModel( *layer, settings );
  ASSERT_TRUE( model );
  ASSERT_EQ( model->softCharacteristics().size(), 1u );
  EXPECT_EQ( model->softCharacteristics().at( 0 ).label, "reading" );

  // Without a profile there are none.
  model = readModel( *layer );
  ASSERT_TRUE( model );
  EXPECT_TRUE( model->softCharacteristics().empty() );
}

TEST( AreaReportModel, CanceledReadGivesNothing )
{
  auto layer = areaLayer( sixAreas() );
  QgsFeedback feedback;
  feedback.cancel();
  EXPECT_FALSE( AreaReportModel::read( *layer, AreaReportFields::locate( layer->fields() ), layer->name(), AreaReportSettings(), &feedback ) );
}
