#include "common/qgiscompat.h"
#include "synthetichouseholdsalgorithm.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

#include <qgsgeometry.h>
#include <qgsprocessing.h>

#include <QMap>
#include <QSet>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

// Three squares side by side in RD metres: A (0..1000), B (2000..3000) with a
// hole (2400..2600), C (4000..5000).
const QString kSquareA = QStringLiteral( "MultiPolygon(((0 0, 1000 0, 1000 1000, 0 1000, 0 0)))" );
const QString kSquareBWithHole = QStringLiteral( "MultiPolygon(((2000 0, 3000 0, 3000 1000, 2000 1000, 2000 0),(2400 400, 2600 400, 2600 600, 2400 600, 2400 400)))" );
const QString kSquareC = QStringLiteral( "MultiPolygon(((4000 0, 5000 0, 5000 1000, 4000 1000, 4000 0)))" );

//! Areas with statcode, a numeric households field and a text field.
//! households: A 5, B 0, C 12.
std::unique_ptr<QgsVectorLayer> areasLayer()
{
  auto layer = memoryLayer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=statcode:string&field=households:double&field=label:string" ), QStringLiteral( "wijken" ) );
  addFeature( layer.get(), { QStringLiteral( "WK000101" ), 5.0, QStringLiteral( "12" ) }, kSquareA );
  addFeature( layer.get(), { QStringLiteral( "WK000102" ), 0.0, QStringLiteral( "0" ) }, kSquareBWithHole );
  addFeature( layer.get(), { QStringLiteral( "WK000103" ), 12.0, QStringLiteral( "3" ) }, kSquareC );
  return layer;
}

QVariantMap baseParameters( QgsVectorLayer *areas, int households )
{
  QVariantMap parameters;
  parameters.insert( SyntheticHouseholdsAlgorithm::AREAS, QVariant::fromValue( areas ) );
  parameters.insert( SyntheticHouseholdsAlgorithm::HOUSEHOLDS, households );
  parameters.insert( SyntheticHouseholdsAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  return parameters;
}

struct Generated
{
  AlgorithmRun run;
  std::unique_ptr<QgsVectorLayer> layer;
  QStringList warnings;
};

Generated generate( const QVariantMap &parameters )
{
  QgsProcessingContext context;
  RecordingFeedback feedback;
  Generated generated;
  generated.run = runAlgorithm( SyntheticHouseholdsAlgorithm(), parameters, context, feedback );
  generated.warnings = feedback.warnings;
  if ( generated.run.ok )
    generated.layer = takeVectorLayer( context, generated.run.results.value( SyntheticHouseholdsAlgorithm::OUTPUT ) );
  return generated;
}

QList<QgsFeature> featuresOf( QgsVectorLayer *layer )
{
  QList<QgsFeature> features;
  QgsFeatureIterator iterator = layer->getFeatures();
  QgsFeature feature;
  while ( iterator.nextFeature( feature ) )
    features << feature;
  return features;
}

QMap<QString, int> countsByAreaCode( QgsVectorLayer *layer )
{
  QMap<QString, int> counts;
  for ( const QgsFeature &feature : featuresOf( layer ) )
    ++counts[feature.attribute( SyntheticHouseholdsAlgorithm::FIELD_AREA_CODE ).toString()];
  return counts;
}

//! Attributes and WKT of every feature, in order: equal output, equal list.
QStringList fingerprint( QgsVectorLayer *layer )
{
  QStringList rows;
  for ( const QgsFeature &feature : featuresOf( layer ) )
  {
    QStringList values;
    for ( const QVariant &value : feature.attributes() )
      values << ( value.isNull() ? QStringLiteral( "NULL" ) : value.toString() );
    values << feature.geometry().asWkt( 3 );
    rows << values.join( QLatin1Char( '|' ) );
  }
  return rows;
}

bool warningMentions( const QStringList &warnings, const QString &text )
{
  for ( const QString &warning : warnings )
  {
    if ( warning.contains( text ) )
      return true;
  }
  return false;
}

} // namespace

TEST( SyntheticHouseholdsAlgorithm, MetadataAndParameterDefaults )
{
  SyntheticHouseholdsAlgorithm prototype;
  EXPECT_EQ( prototype.name(), QStringLiteral( "synthetichouseholds" ) );
  EXPECT_TRUE( prototype.groupId().isEmpty() ) << "directly under the provider, no subgroup";
  EXPECT_EQ( prototype.svgIconPath(), QStringLiteral( ":/targetgroup/icons/%1.svg" ).arg( prototype.name() ) );
  EXPECT_TRUE( prototype.shortHelpString().contains( QStringLiteral( "tg_truth" ) ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  ASSERT_TRUE( algorithm->parameterDefinition( SyntheticHouseholdsAlgorithm::AREAS ) );
  EXPECT_EQ( algorithm->parameterDefinition( SyntheticHouseholdsAlgorithm::HOUSEHOLDS )->defaultValue().toInt(), 10000 );
  EXPECT_EQ( algorithm->parameterDefinition( SyntheticHouseholdsAlgorithm::RANDOM_SEED )->defaultValue().toInt(), 42 );
  EXPECT_FALSE( algorithm->parameterDefinition( SyntheticHouseholdsAlgorithm::GROUND_TRUTH )->defaultValue().toBool() );
  EXPECT_TRUE( algorithm->parameterDefinition( SyntheticHouseholdsAlgorithm::COUNT_FIELD )->flags() & compat::ParameterOptional );
  ASSERT_TRUE( algorithm->parameterDefinition( SyntheticHouseholdsAlgorithm::OUTPUT ) );
  EXPECT_TRUE( algorithm->outputDefinition( SyntheticHouseholdsAlgorithm::HOUSEHOLD_COUNT ) );
}

TEST( SyntheticHouseholdsAlgorithm, DefaultHouseholdsDividedEquallyWithFieldsAsDocumented )
{
  auto areas = areasLayer();
  QVariantMap parameters;
  parameters.insert( SyntheticHouseholdsAlgorithm::AREAS, QVariant::fromValue( areas.get() ) );
  parameters.insert( SyntheticHouseholdsAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  const Generated generated = generate( parameters );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  ASSERT_TRUE( generated.layer );
  // Default 10000 over 3 areas: 3334, 3333, 3333.
  EXPECT_EQ( generated.run.results.value( SyntheticHouseholdsAlgorithm::HOUSEHOLD_COUNT ).toLongLong(), 10000 );
  EXPECT_EQ( generated.layer->featureCount(), 10000 );
  const QMap<QString, int> counts = countsByAreaCode( generated.layer.get() );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000101" ) ), 3334 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000102" ) ), 3333 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000103" ) ), 3333 );

  EXPECT_EQ( generated.layer->crs().authid(), QStringLiteral( "EPSG:28992" ) );
  EXPECT_EQ( QgsWkbTypes::flatType( generated.layer->wkbType() ), compat::WkbPoint );
  const QgsFields fields = generated.layer->fields();
  const QStringList expectedNames = { QStringLiteral( "hh_id" ), QStringLiteral( "area_code" ), QStringLiteral( "postcode" ), QStringLiteral( "huisnummer" ),
                                      QStringLiteral( "toevoeging" ), QStringLiteral( "age_class" ), QStringLiteral( "hh_type" ),
                                      QStringLiteral( "education" ), QStringLiteral( "income" ), QStringLiteral( "tenure" ), QStringLiteral( "dwelling" ),
                                      QStringLiteral( "segment" ), QStringLiteral( "first_lang" ), QStringLiteral( "int_diy" ), QStringLiteral( "int_tv_soaps" ),
                                      QStringLiteral( "int_sports" ), QStringLiteral( "int_reading" ), QStringLiteral( "int_gardening" ),
                                      QStringLiteral( "media_facebook" ), QStringLiteral( "media_local_paper" ), QStringLiteral( "buy_discount_store" ),
                                      QStringLiteral( "buy_online" ), QStringLiteral( "is_member" ), QStringLiteral( "easy_read_loans" ) };
  EXPECT_EQ( fields.names(), expectedNames ); // no tg_truth unless asked
  EXPECT_TRUE( compat::isIntegerField( fields.field( QStringLiteral( "hh_id" ) ) ) );
  EXPECT_TRUE( fields.field( QStringLiteral( "income" ) ).isNumeric() );
  EXPECT_FALSE( compat::isIntegerField( fields.field( QStringLiteral( "income" ) ) ) );
  EXPECT_TRUE( compat::isIntegerField( fields.field( QStringLiteral( "easy_read_loans" ) ) ) );

  // Values: hh_id 1..N, labels from the documented sets, some NULLs.
  const QSet<QString> ageClasses = { QStringLiteral( "18-34" ), QStringLiteral( "35-49" ), QStringLiteral( "50-64" ), QStringLiteral( "65+" ) };
  const QSet<QString> languages = { QStringLiteral( "nl" ), QStringLiteral( "other" ) };
  QSet<qlonglong> ids;
  QSet<double> incomes;
  int missingEducation = 0;
  int borrowers = 0;
  for ( const QgsFeature &feature : featuresOf( generated.layer.get() ) )
  {
    ids.insert( feature.attribute( QStringLiteral( "hh_id" ) ).toLongLong() );
    const QVariant age = feature.attribute( QStringLiteral( "age_class" ) );
    if ( !age.isNull() )
    {
      EXPECT_TRUE( ageClasses.contains( age.toString() ) ) << age.toString().toStdString();
    }
    EXPECT_TRUE( languages.contains( feature.attribute( QStringLiteral( "first_lang" ) ).toString() ) );
    missingEducation += feature.attribute( QStringLiteral( "education" ) ).isNull() ? 1 : 0;
    const QVariant income = feature.attribute( QStringLiteral( "income" ) );
    if ( !income.isNull() )
      incomes.insert( income.toDouble() );
    const int loans = feature.attribute( QStringLiteral( "easy_read_loans" ) ).toInt();
    EXPECT_GE( loans, 0 );
    if ( loans > 0 )
    {
      EXPECT_EQ( feature.attribute( QStringLiteral( "is_member" ) ).toInt(), 1 );
      ++borrowers;
    }
  }
  EXPECT_EQ( ids.size(), 10000 );
  EXPECT_TRUE( ids.contains( 1 ) );
  EXPECT_TRUE( ids.contains( 10000 ) );
  // 3% of 10000 = 300 expected; binomial sd 17.
  EXPECT_GT( missingEducation, 200 );
  EXPECT_LT( missingEducation, 400 );
  EXPECT_GT( incomes.size(), 5000 );
  EXPECT_GT( borrowers, 0 );
}

TEST( SyntheticHouseholdsAlgorithm, AddressesArePlausibleUniqueAndOnePostcodeDigitsPerArea )
{
  auto areas = areasLayer();
  QVariantMap parameters = baseParameters( areas.get(), 6000 );
  const Generated generated = generate( parameters );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  const QgsFields fields = generated.layer->fields();
  EXPECT_TRUE( compat::isIntegerField( fields.field( SyntheticHouseholdsAlgorithm::FIELD_HOUSE_NUMBER ) ) );
  const QRegularExpression postcodePattern( QStringLiteral( "^[1-9][0-9]{3} [A-EGHJ-NPRSTVWXZ]{2}$" ) );
  QSet<QString> addresses;
  QMap<QString, QSet<QString>> digitsByArea;
  int withAddition = 0;
  for ( const QgsFeature &feature : featuresOf( generated.layer.get() ) )
  {
    const QString postcode = feature.attribute( SyntheticHouseholdsAlgorithm::FIELD_POSTCODE ).toString();
    EXPECT_TRUE( postcodePattern.match( postcode ).hasMatch() ) << postcode.toStdString();
    const int number = feature.attribute( SyntheticHouseholdsAlgorithm::FIELD_HOUSE_NUMBER ).toInt();
    EXPECT_GE( number, 1 );
    const QVariant addition = feature.attribute( SyntheticHouseholdsAlgorithm::FIELD_ADDITION );
    withAddition += addition.isNull() ? 0 : 1;
    addresses.insert( QStringLiteral( "%1|%2|%3" ).arg( postcode ).arg( number ).arg( addition.toString() ) );
    digitsByArea[feature.attribute( SyntheticHouseholdsAlgorithm::FIELD_AREA_CODE ).toString()].insert( postcode.left( 4 ) );
  }
  EXPECT_EQ( addresses.size(), 6000 ); // every address once
  EXPECT_GT( withAddition, 0 );
  EXPECT_LT( withAddition, 1200 );
  // 2000 households per area fit in one set of 4 digits (397 letter pairs of 10-25 addresses), each area its own.
  ASSERT_EQ( digitsByArea.size(), 3 );
  EXPECT_EQ( digitsByArea.value( QStringLiteral( "WK000101" ) ), QSet<QString>{ QStringLiteral( "1000" ) } );
  EXPECT_EQ( digitsByArea.value( QStringLiteral( "WK000102" ) ), QSet<QString>{ QStringLiteral( "1010" ) } );
  EXPECT_EQ( digitsByArea.value( QStringLiteral( "WK000103" ) ), QSet<QString>{ QStringLiteral( "1020" ) } );
}

TEST( SyntheticHouseholdsAlgorithm, PointsLieInsideTheirPolygon )
{
  auto areas = areasLayer();
  const Generated generated = generate( baseParameters( areas.get(), 3000 ) );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  QMap<QString, QgsGeometry> polygons;
  polygons.insert( QStringLiteral( "WK000101" ), QgsGeometry::fromWkt( kSquareA ) );
  polygons.insert( QStringLiteral( "WK000102" ), QgsGeometry::fromWkt( kSquareBWithHole ) );
  polygons.insert( QStringLiteral( "WK000103" ), QgsGeometry::fromWkt( kSquareC ) );
  int inside = 0;
  for ( const QgsFeature &feature : featuresOf( generated.layer.get() ) )
  {
    const QString code = feature.attribute( QStringLiteral( "area_code" ) ).toString();
    ASSERT_TRUE( polygons.contains( code ) ) << code.toStdString();
    const bool isInside = polygons.value( code ).intersects( feature.geometry() );
    EXPECT_TRUE( isInside ) << code.toStdString() << " " << feature.geometry().asWkt().toStdString();
    inside += isInside ? 1 : 0;
  }
  EXPECT_EQ( inside, 3000 );
  EXPECT_TRUE( generated.warnings.isEmpty() ) << generated.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, HouseholdsFewerThanAreasGoToTheFirstAreas )
{
  auto areas = areasLayer();
  const Generated generated = generate( baseParameters( areas.get(), 2 ) );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  const QMap<QString, int> counts = countsByAreaCode( generated.layer.get() );
  // 2 over 3 areas: 1, 1, 0.
  EXPECT_EQ( counts.value( QStringLiteral( "WK000101" ) ), 1 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000102" ) ), 1 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000103" ) ), 0 );
}

TEST( SyntheticHouseholdsAlgorithm, CountFieldTakesPrecedence )
{
  auto areas = areasLayer();
  QVariantMap parameters = baseParameters( areas.get(), 1000 );
  parameters.insert( SyntheticHouseholdsAlgorithm::COUNT_FIELD, QStringLiteral( "households" ) );
  const Generated generated = generate( parameters );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  // households field: A 5, B 0, C 12 -> 17 in all; HOUSEHOLDS=1000 is ignored.
  EXPECT_EQ( generated.run.results.value( SyntheticHouseholdsAlgorithm::HOUSEHOLD_COUNT ).toLongLong(), 17 );
  const QMap<QString, int> counts = countsByAreaCode( generated.layer.get() );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000101" ) ), 5 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000102" ) ), 0 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK000103" ) ), 12 );
}

TEST( SyntheticHouseholdsAlgorithm, CountFieldRoundsAndTreatsNullAsNone )
{
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=households:double" ) );
  addFeature( areas.get(), { QStringLiteral( "WK1" ), 2.6 }, QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
  addFeature( areas.get(), { QStringLiteral( "WK2" ), QVariant() }, QStringLiteral( "Polygon((20 0, 30 0, 30 10, 20 10, 20 0))" ) );
  QVariantMap parameters = baseParameters( areas.get(), 0 ); // HOUSEHOLDS < 1 is fine with a count field
  parameters.insert( SyntheticHouseholdsAlgorithm::COUNT_FIELD, QStringLiteral( "households" ) );
  const Generated generated = generate( parameters );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  const QMap<QString, int> counts = countsByAreaCode( generated.layer.get() );
  // 2.6 rounds to 3; NULL gives none, with a warning naming the area.
  EXPECT_EQ( counts.value( QStringLiteral( "WK1" ) ), 3 );
  EXPECT_EQ( counts.value( QStringLiteral( "WK2" ) ), 0 );
  EXPECT_TRUE( warningMentions( generated.warnings, QStringLiteral( "WK2" ) ) ) << generated.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, GroundTruthOnlyWhenAsked )
{
  auto areas = areasLayer();
  QVariantMap parameters = baseParameters( areas.get(), 3000 );
  const Generated without = generate( parameters );
  ASSERT_TRUE( without.run.ok ) << without.run.error.toStdString();
  EXPECT_EQ( without.layer->fields().lookupField( SyntheticHouseholdsAlgorithm::FIELD_TRUTH ), -1 );

  parameters.insert( SyntheticHouseholdsAlgorithm::GROUND_TRUTH, true );
  const Generated with = generate( parameters );
  ASSERT_TRUE( with.run.ok ) << with.run.error.toStdString();
  const int truthIndex = with.layer->fields().lookupField( SyntheticHouseholdsAlgorithm::FIELD_TRUTH );
  ASSERT_EQ( truthIndex, with.layer->fields().count() - 1 );
  int targets = 0;
  for ( const QgsFeature &feature : featuresOf( with.layer.get() ) )
  {
    const int truth = feature.attribute( truthIndex ).toInt();
    ASSERT_TRUE( truth == 0 || truth == 1 );
    targets += truth;
    // The truth is NT1 only.
    if ( truth == 1 )
    {
      EXPECT_EQ( feature.attribute( QStringLiteral( "first_lang" ) ).toString(), QStringLiteral( "nl" ) );
    }
  }
  // Three areas with their own deprivation: prevalence between 1% and 30%.
  EXPECT_GT( targets, 30 );
  EXPECT_LT( targets, 900 );
  // The truth column is added, not mixed in: the other columns are unchanged.
  const QStringList withoutRows = fingerprint( without.layer.get() );
  const QList<QgsFeature> withFeatures = featuresOf( with.layer.get() );
  ASSERT_EQ( withoutRows.size(), withFeatures.size() );
  const QgsFeature &first = withFeatures.first();
  EXPECT_EQ( first.attribute( QStringLiteral( "income" ) ), featuresOf( without.layer.get() ).first().attribute( QStringLiteral( "income" ) ) );
}

TEST( SyntheticHouseholdsAlgorithm, SameSeedSameOutputOtherSeedOtherOutput )
{
  auto areas = areasLayer();
  QVariantMap parameters = baseParameters( areas.get(), 600 );
  parameters.insert( SyntheticHouseholdsAlgorithm::RANDOM_SEED, 7 );
  const Generated first = generate( parameters );
  const Generated again = generate( parameters );
  parameters.insert( SyntheticHouseholdsAlgorithm::RANDOM_SEED, 8 );
  const Generated other = generate( parameters );
  ASSERT_TRUE( first.run.ok && again.run.ok && other.run.ok );
  const QStringList firstRows = fingerprint( first.layer.get() );
  EXPECT_EQ( firstRows, fingerprint( again.layer.get() ) );
  const QStringList otherRows = fingerprint( other.layer.get() );
  ASSERT_EQ( firstRows.size(), otherRows.size() );
  int differing = 0;
  for ( int i = 0; i < firstRows.size(); ++i )
    differing += firstRows.at( i ) != otherRows.at( i ) ? 1 : 0;
  EXPECT_GT( differing, 590 );
}

TEST( SyntheticHouseholdsAlgorithm, AreaCodeFallsBackToFeatureId )
{
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:4326&field=name:string" ) );
  addFeature( areas.get(), { QStringLiteral( "x" ) }, QStringLiteral( "Polygon((5 52, 5.01 52, 5.01 52.01, 5 52.01, 5 52))" ) );
  addFeature( areas.get(), { QStringLiteral( "y" ) }, QStringLiteral( "Polygon((6 52, 6.01 52, 6.01 52.01, 6 52.01, 6 52))" ) );
  const Generated generated = generate( baseParameters( areas.get(), 10 ) );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  EXPECT_EQ( generated.layer->crs().authid(), QStringLiteral( "EPSG:4326" ) );
  QSet<QString> expectedCodes;
  for ( const QgsFeature &area : featuresOf( areas.get() ) )
    expectedCodes.insert( QString::number( area.id() ) );
  const QMap<QString, int> counts = countsByAreaCode( generated.layer.get() );
  EXPECT_EQ( QSet<QString>( counts.keyBegin(), counts.keyEnd() ), expectedCodes );
}

TEST( SyntheticHouseholdsAlgorithm, AreasWithoutGeometryAreReportedAndSkipped )
{
  auto areas = memoryLayer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=statcode:string" ) );
  addFeature( areas.get(), { QStringLiteral( "WKGOOD" ) }, kSquareA );
  addFeature( areas.get(), { QStringLiteral( "WKNULL" ) } );
  const Generated generated = generate( baseParameters( areas.get(), 50 ) );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  // All 50 go to the one usable area.
  const QMap<QString, int> counts = countsByAreaCode( generated.layer.get() );
  EXPECT_EQ( counts.value( QStringLiteral( "WKGOOD" ) ), 50 );
  EXPECT_EQ( counts.value( QStringLiteral( "WKNULL" ) ), 0 );
  EXPECT_TRUE( warningMentions( generated.warnings, QStringLiteral( "WKNULL" ) ) ) << generated.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, LostCountFieldHouseholdsAreReported )
{
  auto areas = memoryLayer( QStringLiteral( "MultiPolygon?crs=EPSG:28992&field=statcode:string&field=n:integer" ) );
  addFeature( areas.get(), { QStringLiteral( "WKGOOD" ), 4 }, kSquareA );
  addFeature( areas.get(), { QStringLiteral( "WKNULL" ), 9 } );
  QVariantMap parameters = baseParameters( areas.get(), 1 );
  parameters.insert( SyntheticHouseholdsAlgorithm::COUNT_FIELD, QStringLiteral( "n" ) );
  const Generated generated = generate( parameters );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  EXPECT_EQ( generated.run.results.value( SyntheticHouseholdsAlgorithm::HOUSEHOLD_COUNT ).toLongLong(), 4 );
  EXPECT_TRUE( warningMentions( generated.warnings, QStringLiteral( "9 household(s)" ) ) ) << generated.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, InvalidGeometryIsRepairedAndReported )
{
  // A bow tie: invalid; makeValid gives two triangles meeting at (5 5).
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ) );
  const QString bowTie = QStringLiteral( "Polygon((0 0, 10 10, 10 0, 0 10, 0 0))" );
  addFeature( areas.get(), { QStringLiteral( "WKBOWTIE" ) }, bowTie );
  const Generated generated = generate( baseParameters( areas.get(), 200 ) );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  EXPECT_EQ( generated.layer->featureCount(), 200 );
  EXPECT_TRUE( warningMentions( generated.warnings, QStringLiteral( "WKBOWTIE" ) ) );
  const QgsGeometry repaired = QgsGeometry::fromWkt( bowTie ).makeValid();
  for ( const QgsFeature &feature : featuresOf( generated.layer.get() ) )
    EXPECT_TRUE( repaired.intersects( feature.geometry() ) ) << feature.geometry().asWkt().toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, ThinPolygonFallsBackToPointOnSurface )
{
  // A diagonal sliver: its area is a millionth of its bounding box, so
  // sampling in the box practically never hits it.
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ) );
  const QString sliver = QStringLiteral( "Polygon((0 0, 100000 100000, 100000 99999.9, 0 0))" );
  addFeature( areas.get(), { QStringLiteral( "WKSLIVER" ) }, sliver );
  const Generated generated = generate( baseParameters( areas.get(), 3 ) );
  ASSERT_TRUE( generated.run.ok ) << generated.run.error.toStdString();
  EXPECT_EQ( generated.layer->featureCount(), 3 );
  EXPECT_TRUE( warningMentions( generated.warnings, QStringLiteral( "WKSLIVER" ) ) ) << generated.warnings.join( QLatin1Char( '\n' ) ).toStdString();
  const QgsGeometry onSurface = QgsGeometry::fromWkt( sliver ).pointOnSurface();
  for ( const QgsFeature &feature : featuresOf( generated.layer.get() ) )
    EXPECT_TRUE( feature.geometry().equals( onSurface ) ) << feature.geometry().asWkt().toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, ErrorHouseholdsBelowOneWithoutCountField )
{
  auto areas = areasLayer();
  const Generated generated = generate( baseParameters( areas.get(), 0 ) );
  EXPECT_FALSE( generated.run.ok );
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "HOUSEHOLDS is 0" ) ) ) << generated.run.error.toStdString();
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "COUNT_FIELD" ) ) );
}

TEST( SyntheticHouseholdsAlgorithm, ErrorCountFieldNotNumeric )
{
  auto areas = areasLayer();
  QVariantMap parameters = baseParameters( areas.get(), 10 );
  parameters.insert( SyntheticHouseholdsAlgorithm::COUNT_FIELD, QStringLiteral( "label" ) );
  const Generated generated = generate( parameters );
  EXPECT_FALSE( generated.run.ok );
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "'label'" ) ) ) << generated.run.error.toStdString();
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "not numeric" ) ) ) << generated.run.error.toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, ErrorCountFieldMissing )
{
  auto areas = areasLayer();
  QVariantMap parameters = baseParameters( areas.get(), 10 );
  parameters.insert( SyntheticHouseholdsAlgorithm::COUNT_FIELD, QStringLiteral( "no_such_field" ) );
  const Generated generated = generate( parameters );
  EXPECT_FALSE( generated.run.ok );
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "'no_such_field'" ) ) ) << generated.run.error.toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, ErrorNegativeCountNamesTheArea )
{
  auto areas = areasLayer();
  QgsFeature second = areas->getFeature( 2 );
  areas->dataProvider()->changeAttributeValues( { { second.id(), { { 1, -4.0 } } } } );
  QVariantMap parameters = baseParameters( areas.get(), 10 );
  parameters.insert( SyntheticHouseholdsAlgorithm::COUNT_FIELD, QStringLiteral( "households" ) );
  const Generated generated = generate( parameters );
  EXPECT_FALSE( generated.run.ok );
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "WK000102" ) ) ) << generated.run.error.toStdString();
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "-4" ) ) ) << generated.run.error.toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, ErrorAreasWithoutFeatures )
{
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ), QStringLiteral( "empty_wijken" ) );
  const Generated generated = generate( baseParameters( areas.get(), 10 ) );
  EXPECT_FALSE( generated.run.ok );
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "no features" ) ) ) << generated.run.error.toStdString();
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "empty_wijken" ) ) ) << generated.run.error.toStdString();
}

TEST( SyntheticHouseholdsAlgorithm, ErrorNoUsableGeometry )
{
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ), QStringLiteral( "broken" ) );
  addFeature( areas.get(), { QStringLiteral( "WKNULL" ) } );
  const Generated generated = generate( baseParameters( areas.get(), 10 ) );
  EXPECT_FALSE( generated.run.ok );
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "usable polygon geometry" ) ) ) << generated.run.error.toStdString();
  EXPECT_TRUE( generated.run.error.contains( QStringLiteral( "broken" ) ) ) << generated.run.error.toStdString();
}
