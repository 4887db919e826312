#include "aggregateareasalgorithm.h"
#include "buildprofilealgorithm.h"
#include "scorehouseholdsalgorithm.h"

#include "common/profilefile.h"
#include "common/qgiscompat.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdint>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kHouseholdsUri = QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double&field=tg_ref:integer&field=is_member:integer&field=name:string" );
const QString kAreasUri = QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" );

QString square( double minX, double minY, double maxX, double maxY )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( minX ).arg( minY ).arg( maxX ).arg( maxY );
}

void addHousehold( QgsVectorLayer *households, double x, double y, const QVariant &probability, int reference = 0, int member = 0 )
{
  addFeature( households, { probability, reference, member, QStringLiteral( "h%1_%2" ).arg( x ).arg( y ) }, QStringLiteral( "POINT(%1 %2)" ).arg( x ).arg( y ) );
}

//! Two neighbouring squares: WK000101 = (0,0)-(100,100), WK000102 = (100,0)-(200,100).
std::unique_ptr<QgsVectorLayer> twoSquares()
{
  auto areas = memoryLayer( kAreasUri, QStringLiteral( "areas" ) );
  addFeature( areas.get(), { QStringLiteral( "WK000101" ) }, square( 0, 0, 100, 100 ) );
  addFeature( areas.get(), { QStringLiteral( "WK000102" ) }, square( 100, 0, 200, 100 ) );
  return areas;
}

struct Aggregation
{
  AlgorithmRun run;
  RecordingFeedback feedback;
  std::unique_ptr<QgsVectorLayer> output;
  //! Output features by statcode.
  QMap<QString, QgsFeature> byCode;
};

std::unique_ptr<Aggregation> aggregate( QgsVectorLayer *households, QgsVectorLayer *areas, QVariantMap extra = QVariantMap() )
{
  auto result = std::make_unique<Aggregation>();
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QVariantMap parameters;
  parameters.insert( AggregateAreasAlgorithm::INPUT, QVariant::fromValue( households ) );
  parameters.insert( AggregateAreasAlgorithm::AREAS, QVariant::fromValue( areas ) );
  parameters.insert( AggregateAreasAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  for ( auto it = extra.constBegin(); it != extra.constEnd(); ++it )
    parameters.insert( it.key(), it.value() );
  result->run = runAlgorithm( AggregateAreasAlgorithm(), parameters, context, result->feedback );
  if ( result->run.ok )
  {
    result->output = takeVectorLayer( context, result->run.results.value( AggregateAreasAlgorithm::OUTPUT ) );
    if ( result->output )
    {
      QgsFeature feature;
      QgsFeatureIterator it = result->output->getFeatures();
      while ( it.nextFeature( feature ) )
        result->byCode.insert( feature.attribute( QStringLiteral( "statcode" ) ).toString(), feature );
    }
  }
  return result;
}

double number( const QgsFeature &feature, const QString &field )
{
  return feature.attribute( field ).toDouble();
}

long long resultCount( const Aggregation &aggregation, const QString &name )
{
  return aggregation.run.results.value( name ).toLongLong();
}

//! Deterministic uniform numbers in [0, 1).
struct Sequence
{
  std::uint64_t state = 2023;
  double next()
  {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>( state >> 11 ) / 9007199254740992.0;
  }
};

} // namespace

TEST( AggregateAreasAlgorithm, HandCheckedFiguresSuppressionAndCounts )
{
  auto areas = twoSquares();
  auto households = memoryLayer( kHouseholdsUri );
  // WK000101: p = 0.2 (reference), 0.5 (member), 0.9 (member).
  addHousehold( households.get(), 10, 10, 0.2, 1, 0 );
  addHousehold( households.get(), 20, 20, 0.5, 0, 1 );
  addHousehold( households.get(), 30, 30, 0.9, 0, 1 );
  // WK000102: p = 0.1, 0.3 -> two households, below MIN_COUNT 3.
  addHousehold( households.get(), 150, 50, 0.1 );
  addHousehold( households.get(), 160, 50, 0.3, 1, 1 );
  // Outside both, and one without geometry: unmatched.
  addHousehold( households.get(), 500, 500, 0.5 );
  addFeature( households.get(), { 0.5, 0, 0, QStringLiteral( "nowhere" ) } );

  auto result = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 3 }, { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) } } );
  ASSERT_TRUE( result->run.ok ) << result->run.error.toStdString();
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MATCHED ), 5 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::UNMATCHED ), 2 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MULTIPLE ), 0 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MATCHED ) + resultCount( *result, AggregateAreasAlgorithm::UNMATCHED ), households->featureCount() );

  ASSERT_EQ( result->output->featureCount(), 2 );
  EXPECT_EQ( result->output->crs().authid(), QStringLiteral( "EPSG:28992" ) );
  const QgsFeature first = result->byCode.value( QStringLiteral( "WK000101" ) );
  EXPECT_EQ( first.attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 3 );
  EXPECT_NEAR( number( first, QStringLiteral( "tg_expected" ) ), 1.6, 1e-12 );
  EXPECT_NEAR( number( first, QStringLiteral( "tg_variance" ) ), 0.5, 1e-12 ); // .16 + .25 + .09
  // 1.6 -+ 1.959964 * sqrt(0.5) = 1.6 -+ 1.385904
  EXPECT_NEAR( number( first, QStringLiteral( "tg_expected_low" ) ), 0.214096, 1e-6 );
  EXPECT_NEAR( number( first, QStringLiteral( "tg_expected_high" ) ), 2.985904, 1e-6 );
  EXPECT_EQ( first.attribute( QStringLiteral( "tg_ref" ) ).toLongLong(), 1 );
  EXPECT_NEAR( number( first, QStringLiteral( "tg_share" ) ), 1.6 / 3, 1e-12 );
  // Overall share over the 5 matched households: (1.6 + 0.4) / 5 = 0.4 -> index 133.33.
  EXPECT_NEAR( number( first, QStringLiteral( "tg_index" ) ), 100 * ( 1.6 / 3 ) / 0.4, 1e-9 );
  EXPECT_EQ( first.attribute( QStringLiteral( "mem_total" ) ).toLongLong(), 2 );
  EXPECT_NEAR( number( first, QStringLiteral( "mem_penetration" ) ), 2.0 / 3, 1e-12 );
  EXPECT_NEAR( number( first, QStringLiteral( "mem_tg_expected" ) ), 1.4, 1e-12 );
  EXPECT_NEAR( number( first, QStringLiteral( "tg_reach" ) ), 0.875, 1e-12 );
  EXPECT_NEAR( number( first, QStringLiteral( "tg_untapped" ) ), 0.2, 1e-12 );
  EXPECT_EQ( first.attribute( QStringLiteral( "suppressed" ) ).toInt(), 0 );

  // Suppressed: the count stays, every derived value is NULL.
  const QgsFeature second = result->byCode.value( QStringLiteral( "WK000102" ) );
  EXPECT_EQ( second.attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 2 );
  EXPECT_EQ( second.attribute( QStringLiteral( "suppressed" ) ).toInt(), 1 );
  for ( const char *field : { "tg_expected", "tg_expected_low", "tg_expected_high", "tg_variance", "tg_ref", "tg_share", "tg_index",
                              "mem_total", "mem_penetration", "mem_tg_expected", "tg_reach", "tg_untapped" } )
    EXPECT_TRUE( second.attribute( QString::fromLatin1( field ) ).isNull() ) << field;
  // The areas keep their own fields and geometry.
  EXPECT_TRUE( second.geometry().equals( QgsGeometry::fromWkt( square( 100, 0, 200, 100 ) ) ) );
  EXPECT_TRUE( result->feedback.warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "2 households lie in no area" ) ) );

  // MIN_COUNT 0 suppresses nothing.
  auto unsuppressed = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( unsuppressed->run.ok );
  const QgsFeature secondAgain = unsuppressed->byCode.value( QStringLiteral( "WK000102" ) );
  EXPECT_EQ( secondAgain.attribute( QStringLiteral( "suppressed" ) ).toInt(), 0 );
  EXPECT_NEAR( number( secondAgain, QStringLiteral( "tg_expected" ) ), 0.4, 1e-12 );
  EXPECT_EQ( secondAgain.attribute( QStringLiteral( "tg_ref" ) ).toLongLong(), 1 );
  // Without MEMBER the membership fields are NULL.
  EXPECT_TRUE( secondAgain.attribute( QStringLiteral( "mem_total" ) ).isNull() );
  EXPECT_TRUE( secondAgain.attribute( QStringLiteral( "tg_reach" ) ).isNull() );
  EXPECT_TRUE( secondAgain.attribute( QStringLiteral( "tg_untapped" ) ).isNull() );

  // The default MIN_COUNT is 10: both areas are suppressed.
  auto defaults = aggregate( households.get(), areas.get() );
  ASSERT_TRUE( defaults->run.ok );
  EXPECT_EQ( defaults->byCode.value( QStringLiteral( "WK000101" ) ).attribute( QStringLiteral( "suppressed" ) ).toInt(), 1 );
}

TEST( AggregateAreasAlgorithm, BoundaryPointsCountOnceInTheFirstArea )
{
  auto areas = twoSquares();
  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 100, 50, 0.5 );  // shared edge
  addHousehold( households.get(), 100, 100, 0.5 ); // shared corner
  addHousehold( households.get(), 200, 50, 0.5 );  // outer edge of the second
  auto result = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( result->run.ok ) << result->run.error.toStdString();
  EXPECT_EQ( result->byCode.value( QStringLiteral( "WK000101" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 2 );
  EXPECT_EQ( result->byCode.value( QStringLiteral( "WK000102" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 1 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MATCHED ), 3 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MULTIPLE ), 0 );
}

TEST( AggregateAreasAlgorithm, OverlappingAreasCountOnceAndReportMultiple )
{
  auto areas = memoryLayer( kAreasUri );
  addFeature( areas.get(), { QStringLiteral( "A" ) }, square( 0, 0, 100, 100 ) );
  addFeature( areas.get(), { QStringLiteral( "B" ) }, square( 50, 0, 150, 100 ) );
  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 75, 50, 0.5 );  // in both: counted in A
  addHousehold( households.get(), 80, 50, 0.5 );  // in both: counted in A
  addHousehold( households.get(), 120, 50, 0.5 ); // only B
  auto result = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( result->run.ok ) << result->run.error.toStdString();
  EXPECT_EQ( result->byCode.value( QStringLiteral( "A" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 2 );
  EXPECT_EQ( result->byCode.value( QStringLiteral( "B" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 1 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MULTIPLE ), 2 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MATCHED ), 3 );
  EXPECT_TRUE( result->feedback.warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "2 households lie inside more than one area" ) ) );
}

TEST( AggregateAreasAlgorithm, ReprojectedAreasGiveTheSameCounts )
{
  auto areas = twoSquares();
  // The same squares in WGS 84 (densified first, so the reprojected edges stay close to the originals).
  auto wgs84 = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:4326&field=statcode:string" ) );
  const QgsCoordinateTransform toWgs84( areas->crs(), wgs84->crs(), QgsProject::instance() );
  QgsFeatureIterator it = areas->getFeatures();
  QgsFeature area;
  while ( it.nextFeature( area ) )
  {
    QgsGeometry geometry = area.geometry().densifyByDistance( 1 );
    geometry.transform( toWgs84 );
    addFeature( wgs84.get(), { area.attribute( 0 ) }, geometry.asWkt( 12 ) );
  }
  auto households = memoryLayer( kHouseholdsUri );
  Sequence sequence;
  for ( int i = 0; i < 200; ++i )
    addHousehold( households.get(), 2 + 196 * sequence.next(), 2 + 96 * sequence.next(), sequence.next() );

  auto direct = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  auto reprojected = aggregate( households.get(), wgs84.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( direct->run.ok && reprojected->run.ok ) << reprojected->run.error.toStdString();
  EXPECT_EQ( reprojected->output->crs().authid(), QStringLiteral( "EPSG:4326" ) ); // areas keep their own CRS
  for ( const QString &code : { QStringLiteral( "WK000101" ), QStringLiteral( "WK000102" ) } )
  {
    EXPECT_EQ( reprojected->byCode.value( code ).attribute( QStringLiteral( "hh_total" ) ), direct->byCode.value( code ).attribute( QStringLiteral( "hh_total" ) ) );
    EXPECT_NEAR( number( reprojected->byCode.value( code ), QStringLiteral( "tg_expected" ) ), number( direct->byCode.value( code ), QStringLiteral( "tg_expected" ) ), 1e-9 );
  }
  EXPECT_GT( direct->byCode.value( QStringLiteral( "WK000101" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 50 );
  EXPECT_EQ( resultCount( *reprojected, AggregateAreasAlgorithm::MATCHED ), 200 );
}

TEST( AggregateAreasAlgorithm, InvalidAreaIsRepairedAndReportedById )
{
  auto areas = memoryLayer( kAreasUri );
  addFeature( areas.get(), { QStringLiteral( "ok" ) }, square( 200, 0, 300, 100 ) );
  // A bow tie: two triangles touching at (50, 50), left (0,0)-(50,50)-(0,100) and right.
  addFeature( areas.get(), { QStringLiteral( "bowtie" ) }, QStringLiteral( "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))" ) );
  QgsFeature bowtie;
  areas->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "statcode = 'bowtie'" ) ) ).nextFeature( bowtie );
  ASSERT_FALSE( bowtie.geometry().isGeosValid() );

  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 20, 50, 0.5 ); // left triangle
  addHousehold( households.get(), 80, 50, 0.5 ); // right triangle
  addHousehold( households.get(), 50, 20, 0.5 ); // between the triangles: outside
  auto result = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( result->run.ok ) << result->run.error.toStdString();
  EXPECT_EQ( result->byCode.value( QStringLiteral( "bowtie" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 2 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::UNMATCHED ), 1 );
  const QString warnings = result->feedback.warnings.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( warnings.contains( QStringLiteral( "1 invalid area geometries were repaired" ) ) ) << warnings.toStdString();
  EXPECT_TRUE( warnings.contains( QStringLiteral( "feature ids: %1." ).arg( bowtie.id() ) ) ) << warnings.toStdString();
  // The output keeps the area as it was given.
  EXPECT_EQ( result->output->featureCount(), 2 );
}

TEST( AggregateAreasAlgorithm, AreaWithoutGeometryIsKeptAndReported )
{
  auto areas = twoSquares();
  addFeature( areas.get(), { QStringLiteral( "WK000103" ) } );
  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 50, 50, 0.5 );
  auto result = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( result->run.ok ) << result->run.error.toStdString();
  EXPECT_EQ( result->output->featureCount(), 3 );
  EXPECT_EQ( result->byCode.value( QStringLiteral( "WK000103" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 0 );
  EXPECT_TRUE( result->feedback.warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "1 areas have no geometry" ) ) );
}

TEST( AggregateAreasAlgorithm, UnmatchedOutputHoldsTheUnmatchedHouseholdsWithTheirFields )
{
  auto areas = twoSquares();
  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 50, 50, 0.5 );
  addHousehold( households.get(), 500, 50, 0.25 );
  addFeature( households.get(), { 0.75, 1, 0, QStringLiteral( "nowhere" ) } );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  QVariantMap parameters;
  parameters.insert( AggregateAreasAlgorithm::INPUT, QVariant::fromValue( households.get() ) );
  parameters.insert( AggregateAreasAlgorithm::AREAS, QVariant::fromValue( areas.get() ) );
  parameters.insert( AggregateAreasAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  parameters.insert( AggregateAreasAlgorithm::UNMATCHED_OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  const AlgorithmRun run = runAlgorithm( AggregateAreasAlgorithm(), parameters, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  auto unmatched = takeVectorLayer( context, run.results.value( AggregateAreasAlgorithm::UNMATCHED_OUTPUT ) );
  ASSERT_TRUE( unmatched );
  EXPECT_EQ( unmatched->featureCount(), 2 );
  EXPECT_EQ( unmatched->fields().names(), households->fields().names() );
  QStringList names;
  QgsFeature feature;
  QgsFeatureIterator it = unmatched->getFeatures();
  while ( it.nextFeature( feature ) )
    names << feature.attribute( QStringLiteral( "name" ) ).toString();
  names.sort();
  EXPECT_EQ( names, QStringList( { QStringLiteral( "h500_50" ), QStringLiteral( "nowhere" ) } ) );
}

TEST( AggregateAreasAlgorithm, WorkerThreadAndSingleThreadAgreeOnManyBatches )
{
  auto areas = memoryLayer( kAreasUri );
  for ( int column = 0; column < 5; ++column )
    for ( int row = 0; row < 4; ++row )
      addFeature( areas.get(), { QStringLiteral( "A%1%2" ).arg( column ).arg( row ) }, square( column * 100, row * 100, column * 100 + 100, row * 100 + 100 ) );
  auto households = memoryLayer( kHouseholdsUri );
  Sequence sequence;
  QgsFeatureList features;
  for ( int i = 0; i < 40000; ++i ) // more than two batches of 16384
  {
    QgsFeature feature( households->fields() );
    const double probability = sequence.next();
    const int reference = sequence.next() < 0.1 ? 1 : 0;
    const int member = sequence.next() < 0.3 ? 1 : 0;
    feature.setAttributes( QgsAttributes() << probability << reference << member << QString() );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( -10 + 520 * sequence.next(), -10 + 420 * sequence.next() ) ) );
    features << feature;
  }
  households->dataProvider()->addFeatures( features );
  const QVariantMap extra{ { AggregateAreasAlgorithm::MIN_COUNT, 0 }, { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "is_member" ) } };
  auto threaded = aggregate( households.get(), areas.get(), extra );
  AggregateAreasAlgorithm::setUseWorkerThread( false );
  auto single = aggregate( households.get(), areas.get(), extra );
  AggregateAreasAlgorithm::setUseWorkerThread( true );
  ASSERT_TRUE( threaded->run.ok && single->run.ok );
  EXPECT_EQ( threaded->run.results.value( AggregateAreasAlgorithm::MATCHED ), single->run.results.value( AggregateAreasAlgorithm::MATCHED ) );
  EXPECT_EQ( resultCount( *threaded, AggregateAreasAlgorithm::MATCHED ) + resultCount( *threaded, AggregateAreasAlgorithm::UNMATCHED ), 40000 );
  EXPECT_GT( resultCount( *threaded, AggregateAreasAlgorithm::UNMATCHED ), 0 );
  for ( auto it = threaded->byCode.constBegin(); it != threaded->byCode.constEnd(); ++it )
    EXPECT_EQ( it.value().attributes(), single->byCode.value( it.key() ).attributes() ) << it.key().toStdString();
}

TEST( AggregateAreasAlgorithm, HouseholdTotalsMatchNativeCountPointsInPolygon )
{
  // Irregular polygons (a coverage of a 3 x 3 grid with jagged shared edges) and random points.
  auto areas = memoryLayer( kAreasUri );
  for ( int column = 0; column < 3; ++column )
    for ( int row = 0; row < 3; ++row )
    {
      const double x0 = column * 1000, y0 = row * 1000;
      addFeature( areas.get(), { QStringLiteral( "C%1%2" ).arg( column ).arg( row ) },
                  QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2), (%5 %6, %7 %6, %7 %8, %5 %6))" )
                      .arg( x0 )
                      .arg( y0 )
                      .arg( x0 + 1000 )
                      .arg( y0 + 1000 )
                      .arg( x0 + 200 )
                      .arg( y0 + 200 )
                      .arg( x0 + 700 )
                      .arg( y0 + 600 ) );
    }
  auto households = memoryLayer( kHouseholdsUri );
  Sequence sequence;
  for ( int i = 0; i < 3000; ++i )
    addHousehold( households.get(), 3100 * sequence.next() - 50, 3100 * sequence.next() - 50, sequence.next() );

  auto ours = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( ours->run.ok ) << ours->run.error.toStdString();

  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun native = runRegistered( QStringLiteral( "native:countpointsinpolygon" ),
                                             { { QStringLiteral( "POLYGONS" ), QVariant::fromValue( areas.get() ) },
                                               { QStringLiteral( "POINTS" ), QVariant::fromValue( households.get() ) },
                                               { QStringLiteral( "FIELD" ), QStringLiteral( "NUMPOINTS" ) },
                                               { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                                             context, feedback );
  ASSERT_TRUE( native.ok ) << native.error.toStdString();
  auto counted = takeVectorLayer( context, native.results.value( QStringLiteral( "OUTPUT" ) ) );
  QgsFeature feature;
  QgsFeatureIterator it = counted->getFeatures();
  long long nativeTotal = 0;
  int compared = 0;
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( QStringLiteral( "statcode" ) ).toString();
    EXPECT_EQ( ours->byCode.value( code ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), feature.attribute( QStringLiteral( "NUMPOINTS" ) ).toLongLong() ) << code.toStdString();
    nativeTotal += feature.attribute( QStringLiteral( "NUMPOINTS" ) ).toLongLong();
    ++compared;
  }
  EXPECT_EQ( compared, 9 );
  EXPECT_EQ( resultCount( *ours, AggregateAreasAlgorithm::MATCHED ), nativeTotal );
  EXPECT_GT( resultCount( *ours, AggregateAreasAlgorithm::UNMATCHED ), 0 ); // the holes and the margin
}

TEST( AggregateAreasAlgorithm, DemoDataCrossCheckWithNativeCountPointsInPolygon )
{
  const QString demo = QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg" );
  ASSERT_TRUE( QFile::exists( demo ) ) << demo.toStdString();
  QgsVectorLayer households( demo + QStringLiteral( "|layername=households" ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer wijken( demo + QStringLiteral( "|layername=wijk" ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( households.isValid() && wijken.isValid() );
  // The demo households are not scored: tg_truth (0/1) serves as the probability
  // and is_member (0/1) as the reference flag; what is checked here is the counting.
  auto ours = aggregate( &households, &wijken, { { AggregateAreasAlgorithm::MIN_COUNT, 0 }, { AggregateAreasAlgorithm::PROB_FIELD, QStringLiteral( "tg_truth" ) }, { AggregateAreasAlgorithm::REF_FIELD, QStringLiteral( "is_member" ) } } );
  ASSERT_TRUE( ours->run.ok ) << ours->run.error.toStdString();
  EXPECT_EQ( resultCount( *ours, AggregateAreasAlgorithm::MATCHED ) + resultCount( *ours, AggregateAreasAlgorithm::UNMATCHED ), households.featureCount() );

  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun native = runRegistered( QStringLiteral( "native:countpointsinpolygon" ),
                                             { { QStringLiteral( "POLYGONS" ), QVariant::fromValue( &wijken ) },
                                               { QStringLiteral( "POINTS" ), QVariant::fromValue( &households ) },
                                               { QStringLiteral( "FIELD" ), QStringLiteral( "NUMPOINTS" ) },
                                               { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                                             context, feedback );
  ASSERT_TRUE( native.ok ) << native.error.toStdString();
  auto counted = takeVectorLayer( context, native.results.value( QStringLiteral( "OUTPUT" ) ) );
  QgsFeature feature;
  QgsFeatureIterator it = counted->getFeatures();
  int compared = 0;
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( QStringLiteral( "statcode" ) ).toString();
    EXPECT_EQ( ours->byCode.value( code ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), feature.attribute( QStringLiteral( "NUMPOINTS" ) ).toLongLong() ) << code.toStdString();
    ++compared;
  }
  EXPECT_EQ( compared, 72 );
  EXPECT_EQ( households.featureCount(), 30000 );
}

TEST( AggregateAreasAlgorithm, ErrorsNameTheFieldOrExpression )
{
  auto areas = twoSquares();
  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 50, 50, 0.5 );

  auto missingProbability = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::PROB_FIELD, QStringLiteral( "score" ) } } );
  EXPECT_FALSE( missingProbability->run.ok );
  EXPECT_TRUE( missingProbability->run.error.contains( QStringLiteral( "\"score\" (PROB_FIELD)" ) ) ) << missingProbability->run.error.toStdString();

  auto textProbability = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::PROB_FIELD, QStringLiteral( "name" ) } } );
  EXPECT_FALSE( textProbability->run.ok );
  EXPECT_TRUE( textProbability->run.error.contains( QStringLiteral( "\"name\"" ) ) ) << textProbability->run.error.toStdString();

  auto missingReference = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::REF_FIELD, QStringLiteral( "seed" ) } } );
  EXPECT_FALSE( missingReference->run.ok );
  EXPECT_TRUE( missingReference->run.error.contains( QStringLiteral( "\"seed\" (REF_FIELD)" ) ) ) << missingReference->run.error.toStdString();

  auto badSyntax = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = (1" ) } } );
  EXPECT_FALSE( badSyntax->run.ok );
  EXPECT_TRUE( badSyntax->run.error.contains( QStringLiteral( "\"is_member\" = (1" ) ) ) << badSyntax->run.error.toStdString();

  auto unknownField = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"lid\" = 1" ) } } );
  EXPECT_FALSE( unknownField->run.ok );
  EXPECT_TRUE( unknownField->run.error.contains( QStringLiteral( "\"lid\"" ) ) ) << unknownField->run.error.toStdString();

  auto failing = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "to_int('x' || \"name\")" ) } } );
  EXPECT_FALSE( failing->run.ok );
  EXPECT_TRUE( failing->run.error.contains( QStringLiteral( "to_int('x' || \"name\")" ) ) ) << failing->run.error.toStdString();
  EXPECT_TRUE( failing->run.error.contains( QStringLiteral( "household" ) ) ) << failing->run.error.toStdString();

  auto clash = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=hh_total:integer" ) );
  addFeature( clash.get(), { QStringLiteral( "X" ), 1 }, square( 0, 0, 10, 10 ) );
  auto clashing = aggregate( households.get(), clash.get() );
  EXPECT_FALSE( clashing->run.ok );
  EXPECT_TRUE( clashing->run.error.contains( QStringLiteral( "AREAS already has a field \"hh_total\"" ) ) ) << clashing->run.error.toStdString();
}

TEST( AggregateAreasAlgorithm, UnusableProbabilitiesNameHouseholdAndField )
{
  auto areas = twoSquares();
  for ( const QVariant &bad : { QVariant( 1.5 ), QVariant( -0.1 ), QVariant() } )
  {
    auto households = memoryLayer( kHouseholdsUri );
    addHousehold( households.get(), 50, 50, 0.5 );
    addHousehold( households.get(), 60, 50, bad );
    auto result = aggregate( households.get(), areas.get() );
    EXPECT_FALSE( result->run.ok );
    EXPECT_TRUE( result->run.error.contains( QStringLiteral( "Household 2 of INPUT" ) ) ) << result->run.error.toStdString();
    EXPECT_TRUE( result->run.error.contains( QStringLiteral( "\"tg_prob\" (PROB_FIELD)" ) ) ) << result->run.error.toStdString();
    EXPECT_TRUE( result->run.error.contains( bad.isNull() ? QStringLiteral( "NULL" ) : bad.toString() ) ) << result->run.error.toStdString();
  }
}

TEST( AggregateAreasAlgorithm, InvalidSourcesAreRejected )
{
  auto areas = twoSquares();
  auto noHouseholds = aggregate( nullptr, areas.get() );
  EXPECT_FALSE( noHouseholds->run.ok );
  EXPECT_TRUE( noHouseholds->run.error.contains( QStringLiteral( "INPUT" ) ) ) << noHouseholds->run.error.toStdString();
  auto households = memoryLayer( kHouseholdsUri );
  auto noAreas = aggregate( households.get(), nullptr );
  EXPECT_FALSE( noAreas->run.ok );
  EXPECT_TRUE( noAreas->run.error.contains( QStringLiteral( "AREAS" ) ) ) << noAreas->run.error.toStdString();
}

TEST( AggregateAreasAlgorithm, Metadata )
{
  AggregateAreasAlgorithm algorithm;
  EXPECT_EQ( algorithm.name(), QStringLiteral( "aggregateareas" ) );
  EXPECT_TRUE( algorithm.groupId().isEmpty() ) << "directly under the provider, no subgroup";
  EXPECT_EQ( algorithm.svgIconPath(), QStringLiteral( ":/targetgroup/icons/%1.svg" ).arg( algorithm.name() ) );
  EXPECT_TRUE( algorithm.shortHelpString().contains( QStringLiteral( "MIN_COUNT" ) ) );
  std::unique_ptr<QgsProcessingAlgorithm> instance( algorithm.create() );
  for ( const QString &name : { AggregateAreasAlgorithm::INPUT, AggregateAreasAlgorithm::AREAS, AggregateAreasAlgorithm::PROB_FIELD, AggregateAreasAlgorithm::REF_FIELD,
                                AggregateAreasAlgorithm::MEMBER, AggregateAreasAlgorithm::MIN_COUNT, AggregateAreasAlgorithm::OUTPUT, AggregateAreasAlgorithm::UNMATCHED_OUTPUT } )
    EXPECT_TRUE( instance->parameterDefinition( name ) ) << name.toStdString();
  EXPECT_EQ( instance->parameterDefinition( AggregateAreasAlgorithm::MIN_COUNT )->defaultValue().toInt(), 10 );
  EXPECT_EQ( instance->parameterDefinition( AggregateAreasAlgorithm::PROB_FIELD )->defaultValue().toString(), QStringLiteral( "tg_prob" ) );
  EXPECT_EQ( instance->parameterDefinition( AggregateAreasAlgorithm::REF_FIELD )->defaultValue().toString(), QStringLiteral( "tg_ref" ) );
  EXPECT_TRUE( instance->parameterDefinition( AggregateAreasAlgorithm::UNMATCHED_OUTPUT )->flags() & compat::ParameterOptional );
}

TEST( AggregateAreasAlgorithm, ReferenceFlagMustBeZeroOrOne )
{
  auto areas = twoSquares();
  for ( const int flag : { 7, -1 } )
  {
    auto households = memoryLayer( kHouseholdsUri, QStringLiteral( "households" ) );
    addHousehold( households.get(), 10, 10, 0.5, 1 );
    addHousehold( households.get(), 20, 10, 0.5, flag );
    auto result = aggregate( households.get(), areas.get() );
    EXPECT_FALSE( result->run.ok ) << flag;
    EXPECT_TRUE( result->run.error.contains( QStringLiteral( "Household 2 of INPUT has %1 in the reference-group field \"tg_ref\"" ).arg( flag ) ) ) << result->run.error.toStdString();
  }
}

TEST( AggregateAreasAlgorithm, MemberExpressionTrueForNoHouseholdWarns )
{
  auto areas = twoSquares();
  auto households = memoryLayer( kHouseholdsUri, QStringLiteral( "households" ) );
  addHousehold( households.get(), 10, 10, 0.5, 1, 1 );
  addHousehold( households.get(), 110, 10, 0.5, 0, 1 );
  auto never = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 'yes'" ) } } );
  ASSERT_TRUE( never->run.ok ) << never->run.error.toStdString();
  EXPECT_FALSE( never->feedback.warnings.filter( QStringLiteral( "is true for none of the 2 households" ) ).isEmpty() ) << never->feedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();
  auto sometimes = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) } } );
  ASSERT_TRUE( sometimes->run.ok );
  EXPECT_TRUE( sometimes->feedback.warnings.filter( QStringLiteral( "is true for none" ) ).isEmpty() );
}

TEST( AggregateAreasAlgorithm, MissingCrsAndNonPolygonAreasAreRefused )
{
  auto areas = twoSquares();
  auto withoutCrs = memoryLayer( QStringLiteral( "Point?field=tg_prob:double&field=tg_ref:integer&field=is_member:integer&field=name:string" ), QStringLiteral( "households" ) );
  withoutCrs->setCrs( QgsCoordinateReferenceSystem() ); // QGIS may give a layer without one its default CRS
  addHousehold( withoutCrs.get(), 10, 10, 0.5 );
  auto noCrs = aggregate( withoutCrs.get(), areas.get() );
  EXPECT_FALSE( noCrs->run.ok );
  EXPECT_TRUE( noCrs->run.error.contains( QStringLiteral( "INPUT has no coordinate reference system" ) ) && noCrs->run.error.contains( QStringLiteral( "EPSG:28992" ) ) ) << noCrs->run.error.toStdString();

  // Neither has a CRS: compared as they are, with a warning.
  auto areasWithoutCrs = memoryLayer( QStringLiteral( "Polygon?field=statcode:string" ), QStringLiteral( "areas" ) );
  areasWithoutCrs->setCrs( QgsCoordinateReferenceSystem() );
  addFeature( areasWithoutCrs.get(), { QStringLiteral( "WK000101" ) }, square( 0, 0, 100, 100 ) );
  auto neither = aggregate( withoutCrs.get(), areasWithoutCrs.get() );
  ASSERT_TRUE( neither->run.ok ) << neither->run.error.toStdString();
  EXPECT_EQ( neither->run.results.value( AggregateAreasAlgorithm::MATCHED ).toLongLong(), 1 );
  EXPECT_FALSE( neither->feedback.warnings.filter( QStringLiteral( "Neither INPUT nor AREAS has a coordinate reference system" ) ).isEmpty() );

  auto households = memoryLayer( kHouseholdsUri, QStringLiteral( "households" ) );
  addHousehold( households.get(), 10, 10, 0.5 );
  auto pointAreas = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=statcode:string" ), QStringLiteral( "areas" ) );
  addFeature( pointAreas.get(), { QStringLiteral( "WK000101" ) }, QStringLiteral( "POINT(10 10)" ) );
  auto points = aggregate( households.get(), pointAreas.get() );
  EXPECT_FALSE( points->run.ok );
  EXPECT_TRUE( points->run.error.contains( QStringLiteral( "AREAS holds Point geometries, not polygons" ) ) ) << points->run.error.toStdString();
}

// --- membership from the member file (MEMBERS) --------------------------------------

TEST( AggregateAreasAlgorithm, MemberFileGivesMemberHouseholdsPerArea )
{
  auto areas = twoSquares();
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double&field=tg_ref:integer&field=postcode:string&field=huisnummer:integer&field=toevoeging:string" ) );
  // WK000101: 1234 AB 1 (p 0.2), 1234 AB 2 (p 0.5), 1234 AB 2 A (p 0.9); WK000102: 1234 AC 7 (p 0.4).
  addFeature( households.get(), { 0.2, 0, QStringLiteral( "1234 AB" ), 1, QString() }, QStringLiteral( "POINT(10 10)" ) );
  addFeature( households.get(), { 0.5, 0, QStringLiteral( "1234 AB" ), 2, QString() }, QStringLiteral( "POINT(20 20)" ) );
  addFeature( households.get(), { 0.9, 1, QStringLiteral( "1234 AB" ), 2, QStringLiteral( "A" ) }, QStringLiteral( "POINT(30 30)" ) );
  addFeature( households.get(), { 0.4, 0, QStringLiteral( "1234 AC" ), 7, QString() }, QStringLiteral( "POINT(150 50)" ) );
  auto members = memoryLayer( QStringLiteral( "None?field=lid:string&field=postcode:string&field=huisnummer:string" ), QStringLiteral( "members" ) );
  addFeature( members.get(), { QStringLiteral( "L1" ), QStringLiteral( "1234ab" ), QStringLiteral( "2a" ) } );   // 1234 AB 2 A
  addFeature( members.get(), { QStringLiteral( "L2" ), QStringLiteral( "1234 AB" ), QStringLiteral( "2-A" ) } ); // the same household again
  addFeature( members.get(), { QStringLiteral( "L3" ), QStringLiteral( "1234 ac" ), QStringLiteral( "7" ) } );   // 1234 AC 7
  addFeature( members.get(), { QStringLiteral( "L4" ), QStringLiteral( "9999 ZZ" ), QStringLiteral( "1" ) } );   // no such postcode

  auto result = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 }, { AggregateAreasAlgorithm::MEMBERS, QVariant::fromValue( members.get() ) }, { AggregateAreasAlgorithm::UNMATCHED_MEMBERS, QgsProcessing::TEMPORARY_OUTPUT } } );
  ASSERT_TRUE( result->run.ok ) << result->run.error.toStdString();
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MEMBERS_READ ), 4 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MEMBERS_MATCHED ), 3 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::MEMBERS_UNMATCHED ), 1 );
  EXPECT_EQ( resultCount( *result, AggregateAreasAlgorithm::HOUSEHOLDS_WITH_MEMBERS ), 2 );
  // Member households: 1234 AB 2 A in WK000101 (p 0.9), 1234 AC 7 in WK000102 (p 0.4).
  const QgsFeature west = result->byCode.value( QStringLiteral( "WK000101" ) );
  const QgsFeature east = result->byCode.value( QStringLiteral( "WK000102" ) );
  EXPECT_EQ( west.attribute( QStringLiteral( "mem_total" ) ).toLongLong(), 1 );
  EXPECT_NEAR( number( west, QStringLiteral( "mem_tg_expected" ) ), 0.9, 1e-12 );
  EXPECT_EQ( east.attribute( QStringLiteral( "mem_total" ) ).toLongLong(), 1 );
  EXPECT_NEAR( number( east, QStringLiteral( "mem_tg_expected" ) ), 0.4, 1e-12 );
  // The unmatched members are written; no member field reaches the area output.
  EXPECT_TRUE( result->run.results.contains( AggregateAreasAlgorithm::UNMATCHED_MEMBERS ) );
  EXPECT_EQ( result->output->fields().lookupField( QStringLiteral( "lid" ) ), -1 );
}

TEST( AggregateAreasAlgorithm, MemberExpressionAndMemberFileAreNotBothTaken )
{
  auto areas = twoSquares();
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double&field=tg_ref:integer&field=is_member:integer&field=postcode:string&field=huisnummer:integer" ) );
  addFeature( households.get(), { 0.2, 0, 1, QStringLiteral( "1234 AB" ), 1 }, QStringLiteral( "POINT(10 10)" ) );
  auto members = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer" ), QStringLiteral( "members" ) );
  addFeature( members.get(), { QStringLiteral( "1234 AB" ), 1 } );
  auto both = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) }, { AggregateAreasAlgorithm::MEMBERS, QVariant::fromValue( members.get() ) } } );
  ASSERT_FALSE( both->run.ok );
  EXPECT_TRUE( both->run.error.contains( QStringLiteral( "Both MEMBER (the expression \"is_member\" = 1) and MEMBERS (a member file) are given" ) ) ) << both->run.error.toStdString();

  auto missingField = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::MEMBERS, QVariant::fromValue( members.get() ) }, { AggregateAreasAlgorithm::HOUSEHOLD_NUMBER, QStringLiteral( "nummer" ) } } );
  ASSERT_FALSE( missingField->run.ok );
  EXPECT_TRUE( missingField->run.error.contains( QStringLiteral( "\"nummer\" (HOUSEHOLD_NUMBER)" ) ) ) << missingField->run.error.toStdString();
}

// --- fused mode: PROFILE given, INPUT scored in the same pass ----------------------

namespace
{

const QString kSeed = QStringLiteral( "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" );

QString demoUri( const QString &layer )
{
  return QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg|layername=" ) + layer;
}

//! A profile of the demo households, built once with targetgroup:buildprofile.
QString demoProfile()
{
  static QTemporaryDir directory;
  static QString path;
  if ( path.isEmpty() )
  {
    QgsProcessingContext context;
    RecordingFeedback feedback;
    QVariantMap p;
    p.insert( BuildProfileAlgorithm::INPUT, demoUri( QStringLiteral( "households" ) ) );
    p.insert( BuildProfileAlgorithm::SEED, kSeed );
    p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "age_class" ), QStringLiteral( "hh_type" ), QStringLiteral( "education" ), QStringLiteral( "income" ), QStringLiteral( "tenure" ) } );
    p.insert( BuildProfileAlgorithm::OUTPUT_PROFILE, directory.filePath( QStringLiteral( "profile.json" ) ) );
    p.insert( BuildProfileAlgorithm::OUTPUT_TABLE, QgsProcessing::TEMPORARY_OUTPUT );
    const AlgorithmRun run = runAlgorithm( BuildProfileAlgorithm(), p, context, feedback );
    EXPECT_TRUE( run.ok ) << run.error.toStdString();
    path = directory.filePath( QStringLiteral( "profile.json" ) );
  }
  return path;
}

//! The demo gemeenten in a memory layer with an estimate "prev" per gemeente (all different).
std::unique_ptr<QgsVectorLayer> gemeentenWithEstimates()
{
  QgsVectorLayer gemeenten( demoUri( QStringLiteral( "gemeente" ) ), QStringLiteral( "gemeente" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( gemeenten.isValid() );
  auto layer = memoryLayer( QStringLiteral( "%1?crs=%2&field=statcode:string&field=prev:double" ).arg( QgsWkbTypes::displayString( gemeenten.wkbType() ), gemeenten.crs().authid() ), QStringLiteral( "estimates" ) );
  QgsFeature feature;
  QgsFeatureIterator it = gemeenten.getFeatures();
  int index = 0;
  while ( it.nextFeature( feature ) )
  {
    QgsFeature estimate( layer->fields() );
    estimate.setGeometry( feature.geometry() );
    estimate.setAttributes( QgsAttributes() << feature.attribute( QStringLiteral( "statcode" ) ) << 0.04 + 0.03 * index++ );
    EXPECT_TRUE( layer->dataProvider()->addFeature( estimate ) );
  }
  layer->updateExtents();
  EXPECT_GE( index, 3 ) << "several areas, so the slope is fitted";
  return layer;
}

//! Equal to 1e-9 relative (absolute near zero).
void expectClose( double fused, double separate, const std::string &what )
{
  EXPECT_NEAR( fused, separate, 1e-9 * std::max( 1.0, std::fabs( separate ) ) ) << what;
}

/**
 * scorehouseholds followed by aggregateareas, against aggregateareas with
 * PROFILE on the unscored households: every area's figures and the results.
 */
void expectFusedEqualsSeparate( const QVariantMap &scoring, double *slope = nullptr )
{
  QgsVectorLayer households( demoUri( QStringLiteral( "households" ) ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer wijken( demoUri( QStringLiteral( "wijk" ) ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( households.isValid() && wijken.isValid() );
  const QVariantMap counting{ { AggregateAreasAlgorithm::MIN_COUNT, 0 }, { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) } };

  QgsProcessingContext context;
  RecordingFeedback feedback;
  QVariantMap scoreParameters = scoring;
  scoreParameters.insert( ScoreHouseholdsAlgorithm::INPUT, QVariant::fromValue( &households ) );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::PROFILE, demoProfile() );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  const AlgorithmRun scored = runAlgorithm( ScoreHouseholdsAlgorithm(), scoreParameters, context, feedback );
  ASSERT_TRUE( scored.ok ) << scored.error.toStdString();
  std::unique_ptr<QgsVectorLayer> scoredLayer = takeVectorLayer( context, scored.results.value( ScoreHouseholdsAlgorithm::OUTPUT ) );
  ASSERT_TRUE( scoredLayer );
  auto separate = aggregate( scoredLayer.get(), &wijken, counting );
  ASSERT_TRUE( separate->run.ok ) << separate->run.error.toStdString();

  QVariantMap fusedParameters = counting;
  for ( auto it = scoring.constBegin(); it != scoring.constEnd(); ++it )
    fusedParameters.insert( it.key(), it.value() );
  fusedParameters.insert( AggregateAreasAlgorithm::PROFILE, demoProfile() );
  auto fused = aggregate( &households, &wijken, fusedParameters );
  ASSERT_TRUE( fused->run.ok ) << fused->run.error.toStdString();

  ASSERT_EQ( fused->byCode.size(), separate->byCode.size() );
  ASSERT_EQ( fused->byCode.size(), 72 );
  for ( auto it = separate->byCode.constBegin(); it != separate->byCode.constEnd(); ++it )
  {
    const QgsFeature &ours = fused->byCode.value( it.key() );
    for ( const QString &field : { QStringLiteral( "hh_total" ), QStringLiteral( "tg_expected" ), QStringLiteral( "tg_variance" ), QStringLiteral( "tg_ref" ), QStringLiteral( "mem_total" ), QStringLiteral( "mem_tg_expected" ) } )
      expectClose( number( ours, field ), number( it.value(), field ), ( it.key() + QLatin1Char( ' ' ) + field ).toStdString() );
  }
  for ( const QString &result : { AggregateAreasAlgorithm::MATCHED, AggregateAreasAlgorithm::UNMATCHED, AggregateAreasAlgorithm::MULTIPLE } )
    EXPECT_EQ( resultCount( *fused, result ), resultCount( *separate, result ) ) << result.toStdString();
  expectClose( fused->run.results.value( AggregateAreasAlgorithm::EXPECTED_TOTAL ).toDouble(), scored.results.value( ScoreHouseholdsAlgorithm::EXPECTED_TOTAL ).toDouble(), "EXPECTED_TOTAL" );
  EXPECT_DOUBLE_EQ( fused->run.results.value( AggregateAreasAlgorithm::SLOPE ).toDouble(), scored.results.value( ScoreHouseholdsAlgorithm::SLOPE ).toDouble() );
  EXPECT_FALSE( separate->run.results.contains( AggregateAreasAlgorithm::EXPECTED_TOTAL ) ) << "only the fused mode scores";
  if ( slope )
    *slope = fused->run.results.value( AggregateAreasAlgorithm::SLOPE ).toDouble();
}

} // namespace

TEST( AggregateAreasAlgorithm, FusedModeEqualsScoreThenAggregateWithOnePrevalence )
{
  expectFusedEqualsSeparate( { { AggregateAreasAlgorithm::PREVALENCE, 0.12 } } );
}

TEST( AggregateAreasAlgorithm, FusedModeEqualsScoreThenAggregateWithAreaEstimatesAndSlope )
{
  auto estimates = gemeentenWithEstimates();
  double slope = 1;
  expectFusedEqualsSeparate( { { AggregateAreasAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) }, { AggregateAreasAlgorithm::PREVALENCE_FIELD, QStringLiteral( "prev" ) } }, &slope );
  EXPECT_NE( slope, 1.0 ) << "slope calibration is active";
}

TEST( AggregateAreasAlgorithm, FusedModeLogsTheCalibrationAndIgnoresProbabilityFields )
{
  QgsVectorLayer households( demoUri( QStringLiteral( "households" ) ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer wijken( demoUri( QStringLiteral( "wijk" ) ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  auto estimates = gemeentenWithEstimates();
  // PROB_FIELD names no field of the unscored households: ignored with PROFILE.
  auto fused = aggregate( &households, &wijken, { { AggregateAreasAlgorithm::PROFILE, demoProfile() }, { AggregateAreasAlgorithm::PROB_FIELD, QStringLiteral( "no_such_field" ) }, { AggregateAreasAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) }, { AggregateAreasAlgorithm::PREVALENCE_FIELD, QStringLiteral( "prev" ) } } );
  ASSERT_TRUE( fused->run.ok ) << fused->run.error.toStdString();
  const QString log = fused->feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "Scoring method:" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "Slope calibration" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "lie in a PREVALENCE_AREAS area" ) ) ) << log.toStdString();
  EXPECT_EQ( resultCount( *fused, AggregateAreasAlgorithm::MATCHED ) + resultCount( *fused, AggregateAreasAlgorithm::UNMATCHED ), 30000 );
}

TEST( AggregateAreasAlgorithm, FusedModeErrorsNameTheParameter )
{
  auto areas = twoSquares();
  auto households = memoryLayer( kHouseholdsUri );
  addHousehold( households.get(), 50, 50, 0.5 );
  QgsVectorLayer demoHouseholds( demoUri( QStringLiteral( "households" ) ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer wijken( demoUri( QStringLiteral( "wijk" ) ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  auto estimates = gemeentenWithEstimates();

  // Area estimates without a profile: nothing to calibrate.
  auto withoutProfile = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) }, { AggregateAreasAlgorithm::PREVALENCE_FIELD, QStringLiteral( "prev" ) } } );
  EXPECT_FALSE( withoutProfile->run.ok );
  EXPECT_TRUE( withoutProfile->run.error.contains( QStringLiteral( "PREVALENCE_AREAS" ) ) && withoutProfile->run.error.contains( QStringLiteral( "PROFILE" ) ) ) << withoutProfile->run.error.toStdString();

  // A profile that does not exist.
  auto missingProfile = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::PROFILE, QStringLiteral( "/nonexistent/profile.json" ) } } );
  EXPECT_FALSE( missingProfile->run.ok );
  EXPECT_TRUE( missingProfile->run.error.contains( QStringLiteral( "profile.json" ) ) ) << missingProfile->run.error.toStdString();

  // Households without the profile's fields.
  auto wrongHouseholds = aggregate( households.get(), areas.get(), { { AggregateAreasAlgorithm::PROFILE, demoProfile() } } );
  EXPECT_FALSE( wrongHouseholds->run.ok );
  EXPECT_TRUE( wrongHouseholds->run.error.contains( QStringLiteral( "INPUT has no field" ) ) ) << wrongHouseholds->run.error.toStdString();

  // PREVALENCE_AREAS without PREVALENCE_FIELD, and with a field it does not have.
  auto noField = aggregate( &demoHouseholds, &wijken, { { AggregateAreasAlgorithm::PROFILE, demoProfile() }, { AggregateAreasAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) } } );
  EXPECT_FALSE( noField->run.ok );
  EXPECT_TRUE( noField->run.error.contains( QStringLiteral( "PREVALENCE_FIELD" ) ) ) << noField->run.error.toStdString();
  auto wrongField = aggregate( &demoHouseholds, &wijken, { { AggregateAreasAlgorithm::PROFILE, demoProfile() }, { AggregateAreasAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) }, { AggregateAreasAlgorithm::PREVALENCE_FIELD, QStringLiteral( "statcode" ) } } );
  EXPECT_FALSE( wrongField->run.ok );
  EXPECT_TRUE( wrongField->run.error.contains( QStringLiteral( "statcode" ) ) ) << wrongField->run.error.toStdString();

  // An estimate outside 0–100.
  estimates->dataProvider()->changeAttributeValues( { { 1, { { 1, 150.0 } } } } );
  auto outside = aggregate( &demoHouseholds, &wijken, { { AggregateAreasAlgorithm::PROFILE, demoProfile() }, { AggregateAreasAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) }, { AggregateAreasAlgorithm::PREVALENCE_FIELD, QStringLiteral( "prev" ) } } );
  EXPECT_FALSE( outside->run.ok );
  EXPECT_TRUE( outside->run.error.contains( QStringLiteral( "outside 0–1" ) ) ) << outside->run.error.toStdString();
}

TEST( AggregateAreasAlgorithm, FusedModeTakesTiesAtTheCutOffInReadingOrder )
{
  // Every household scores the same, so all tie at the reference cut-off, and
  // the two areas alternate in reading order: the reference group is the
  // first five read, as scorehouseholds takes them. (One score bin: its runs
  // are in reading order, so no second pass is needed; the engine tests
  // cover the tie pass for several bins at one probability.)
  QTemporaryDir directory;
  const QString profilePath = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( educationProfile(), profilePath );

  auto areas = twoSquares();
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=education:string&field=is_member:integer" ) );
  for ( int index = 0; index < 20; ++index )
    addFeature( households.get(), { QStringLiteral( "low" ), index % 3 == 0 ? 1 : 0 }, QStringLiteral( "POINT(%1 50)" ).arg( index % 2 == 0 ? 50 : 150 ) );

  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun scored = runAlgorithm( ScoreHouseholdsAlgorithm(), { { ScoreHouseholdsAlgorithm::INPUT, QVariant::fromValue( households.get() ) }, { ScoreHouseholdsAlgorithm::PROFILE, profilePath }, { ScoreHouseholdsAlgorithm::PREVALENCE, 0.25 }, { ScoreHouseholdsAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT } }, context, feedback );
  ASSERT_TRUE( scored.ok ) << scored.error.toStdString();
  std::unique_ptr<QgsVectorLayer> scoredLayer = takeVectorLayer( context, scored.results.value( ScoreHouseholdsAlgorithm::OUTPUT ) );
  const QVariantMap counting{ { AggregateAreasAlgorithm::MIN_COUNT, 0 }, { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) } };
  auto separate = aggregate( scoredLayer.get(), areas.get(), counting );
  ASSERT_TRUE( separate->run.ok ) << separate->run.error.toStdString();
  QVariantMap fusedParameters = counting;
  fusedParameters.insert( AggregateAreasAlgorithm::PROFILE, profilePath );
  fusedParameters.insert( AggregateAreasAlgorithm::PREVALENCE, 0.25 );
  auto fused = aggregate( households.get(), areas.get(), fusedParameters );
  ASSERT_TRUE( fused->run.ok ) << fused->run.error.toStdString();

  // The first five read: three in WK000101 (read 1st, 3rd, 5th), two in WK000102.
  EXPECT_EQ( number( fused->byCode.value( QStringLiteral( "WK000101" ) ), QStringLiteral( "tg_ref" ) ), 3 );
  EXPECT_EQ( number( fused->byCode.value( QStringLiteral( "WK000102" ) ), QStringLiteral( "tg_ref" ) ), 2 );
  for ( const QString &code : { QStringLiteral( "WK000101" ), QStringLiteral( "WK000102" ) } )
  {
    for ( const QString &name : { QStringLiteral( "hh_total" ), QStringLiteral( "tg_expected" ), QStringLiteral( "tg_variance" ), QStringLiteral( "tg_ref" ), QStringLiteral( "mem_total" ), QStringLiteral( "mem_tg_expected" ) } )
      EXPECT_NEAR( number( fused->byCode.value( code ), name ), number( separate->byCode.value( code ), name ), 1e-9 * std::max( 1.0, std::fabs( number( separate->byCode.value( code ), name ) ) ) ) << code.toStdString() << " " << name.toStdString();
  }
}

TEST( AggregateAreasAlgorithm, FusedModeReadsAgainWhenTiesSpanSeveralCalibrationGroups )
{
  // Two prevalence areas with the same estimate and the same households get the
  // same probability: two (group, bin) at the cut-off whose households
  // alternate in reading order. The fused pass reads INPUT a second time and
  // takes the first ones read, as scorehouseholds does.
  QTemporaryDir directory;
  const QString profilePath = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( educationProfile(), profilePath );

  auto areas = twoSquares();
  auto estimates = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=prev:double" ), QStringLiteral( "estimates" ) );
  addFeature( estimates.get(), { 0.25 }, square( 0, 0, 100, 100 ) );
  addFeature( estimates.get(), { 0.25 }, square( 100, 0, 200, 100 ) );
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=education:string&field=is_member:integer" ) );
  for ( int index = 0; index < 20; ++index )
    addFeature( households.get(), { QStringLiteral( "low" ), index % 3 == 0 ? 1 : 0 }, QStringLiteral( "POINT(%1 50)" ).arg( index % 2 == 0 ? 50 : 150 ) );
  const QVariantMap scoring{ { ScoreHouseholdsAlgorithm::PROFILE, profilePath }, { ScoreHouseholdsAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) }, { ScoreHouseholdsAlgorithm::PREVALENCE_FIELD, QStringLiteral( "prev" ) }, { ScoreHouseholdsAlgorithm::FIT_SLOPE, false } };

  QgsProcessingContext context;
  RecordingFeedback feedback;
  QVariantMap scoreParameters = scoring;
  scoreParameters.insert( ScoreHouseholdsAlgorithm::INPUT, QVariant::fromValue( households.get() ) );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  const AlgorithmRun scored = runAlgorithm( ScoreHouseholdsAlgorithm(), scoreParameters, context, feedback );
  ASSERT_TRUE( scored.ok ) << scored.error.toStdString();
  std::unique_ptr<QgsVectorLayer> scoredLayer = takeVectorLayer( context, scored.results.value( ScoreHouseholdsAlgorithm::OUTPUT ) );
  auto separate = aggregate( scoredLayer.get(), areas.get(), { { AggregateAreasAlgorithm::MIN_COUNT, 0 } } );
  ASSERT_TRUE( separate->run.ok ) << separate->run.error.toStdString();
  QVariantMap fusedParameters = scoring;
  fusedParameters.insert( AggregateAreasAlgorithm::MIN_COUNT, 0 );
  auto fused = aggregate( households.get(), areas.get(), fusedParameters );
  ASSERT_TRUE( fused->run.ok ) << fused->run.error.toStdString();

  const QString log = fused->feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "reading INPUT once more" ) ) ) << log.toStdString();
  EXPECT_EQ( number( fused->byCode.value( QStringLiteral( "WK000101" ) ), QStringLiteral( "tg_ref" ) ) + number( fused->byCode.value( QStringLiteral( "WK000102" ) ), QStringLiteral( "tg_ref" ) ), 5 );
  for ( const QString &code : { QStringLiteral( "WK000101" ), QStringLiteral( "WK000102" ) } )
  {
    for ( const QString &name : { QStringLiteral( "hh_total" ), QStringLiteral( "tg_expected" ), QStringLiteral( "tg_variance" ), QStringLiteral( "tg_ref" ) } )
      EXPECT_NEAR( number( fused->byCode.value( code ), name ), number( separate->byCode.value( code ), name ), 1e-9 * std::max( 1.0, std::fabs( number( separate->byCode.value( code ), name ) ) ) ) << code.toStdString() << " " << name.toStdString();
  }
}
