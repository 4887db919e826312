#include "common/rangereader.h"

#include "engine/fusedareascoring.h"
#include "testlayers.h"

#include <qgsprocessingcontext.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <mutex>
#include <set>
#include <thread>

using namespace targetgroup;

namespace
{

constexpr int kHouseholds = 2000;
constexpr int kAreas = 7;

//! A GeoPackage of kHouseholds points with an area and a type (three categories).
QString writeHouseholds( const QTemporaryDir &directory )
{
  auto memory = test::memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=area:integer&field=kind:string" ) );
  const char *kinds[] = { "a", "b", "c" };
  for ( int i = 0; i < kHouseholds; ++i )
    test::addFeature( memory.get(), { ( i * 13 ) % kAreas, QString::fromLatin1( kinds[( i * 7 ) % 3] ) }, QStringLiteral( "POINT(%1 %2)" ).arg( i ).arg( i % 50 ) );
  // Written by Processing's own sink (native:savefeatures): a GeoPackage with fids 1 .. n.
  const QString path = directory.filePath( QStringLiteral( "households.gpkg" ) );
  QgsProcessingContext context;
  test::RecordingFeedback feedback;
  QVariantMap parameters;
  parameters.insert( QStringLiteral( "INPUT" ), QVariant::fromValue( memory.get() ) );
  parameters.insert( QStringLiteral( "OUTPUT" ), path );
  const test::AlgorithmRun run = test::runRegistered( QStringLiteral( "native:savefeatures" ), parameters, context, feedback );
  EXPECT_TRUE( run.ok ) << run.error.toStdString();
  return path + QStringLiteral( "|layername=households" );
}

engine::Profile kindProfile()
{
  engine::Profile profile;
  profile.seedCount = 100;
  profile.baseCount = 1000;
  engine::ProfileField kind;
  kind.name = "kind";
  kind.categories = { { "a", 60, 300 }, { "b", 30, 300 }, { "c", 10, 400 } };
  profile.fields = { kind };
  return profile;
}

//! Feeds one feature into a fused session (area from the attribute; area 0 counts as unmatched to have some).
void feed( engine::FusedAreaScoring &session, const QgsFeature &feature )
{
  const int area = feature.attribute( QStringLiteral( "area" ) ).toInt();
  const std::vector<engine::FieldValue> values = { engine::FieldValue::ofText( feature.attribute( QStringLiteral( "kind" ) ).toString().toStdString() ) };
  session.addHousehold( values, engine::ScoringSession::kOutsideEveryGroup, area == 0 ? engine::FusedAreaScoring::kUnmatched : area, feature.id() % 5 == 0 );
}

} // namespace

TEST( RangeReader, SplitsAGeoPackageOnItsFid )
{
  QTemporaryDir directory;
  QgsVectorLayer layer( writeHouseholds( directory ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  RangeReader reader( layer );
  ASSERT_TRUE( reader.splittable() ) << reader.whyNotSplittable().toStdString();
  EXPECT_EQ( reader.keyField(), QStringLiteral( "fid" ) );
  const QVector<RangeReader::Range> ranges = reader.split( 3 );
  ASSERT_EQ( ranges.size(), 3 );
  // fids 1 .. 2000 in three: 667, 667, 666
  EXPECT_EQ( ranges[0].first, 1 );
  EXPECT_EQ( ranges[0].last, 667 );
  EXPECT_EQ( ranges[1].first, 668 );
  EXPECT_EQ( ranges[1].last, 1334 );
  EXPECT_EQ( ranges[2].first, 1335 );
  EXPECT_EQ( ranges[2].last, 2000 );
  EXPECT_EQ( reader.split( 1 ).size(), 1 );
}

TEST( RangeReader, RangesInOrderReadWhatOneThreadReads )
{
  QTemporaryDir directory;
  QgsVectorLayer layer( writeHouseholds( directory ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  std::vector<QgsFeatureId> single;
  QgsFeature feature;
  QgsFeatureIterator all = layer.getFeatures();
  while ( all.nextFeature( feature ) )
    single.push_back( feature.id() );
  ASSERT_EQ( single.size(), static_cast<std::size_t>( kHouseholds ) );

  RangeReader reader( layer );
  for ( const int parts : { 2, 3, 8 } )
  {
    const QVector<RangeReader::Range> ranges = reader.split( parts );
    std::vector<std::vector<QgsFeatureId>> perRange( static_cast<std::size_t>( ranges.size() ) );
    std::set<std::thread::id> threadIds;
    std::mutex threadIdsMutex;
    reader.read( ranges, QgsFeatureRequest(), [&]( int range, QgsFeatureIterator &features )
                 {
                   {
                     std::lock_guard<std::mutex> lock( threadIdsMutex );
                     threadIds.insert( std::this_thread::get_id() );
                   }
                   QgsFeature rangeFeature;
                   while ( features.nextFeature( rangeFeature ) )
                     perRange[static_cast<std::size_t>( range )].push_back( rangeFeature.id() ); } );
    std::vector<QgsFeatureId> concatenated;
    for ( const auto &ids : perRange )
      concatenated.insert( concatenated.end(), ids.begin(), ids.end() );
    EXPECT_EQ( concatenated, single ) << parts << " ranges";
    EXPECT_EQ( threadIds.size(), static_cast<std::size_t>( ranges.size() ) ) << "a thread per range";
  }
}

TEST( RangeReader, FusedSessionsPerRangeMergeToTheSingleThreadedResult )
{
  QTemporaryDir directory;
  QgsVectorLayer layer( writeHouseholds( directory ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  engine::FusedAreaScoring single( kindProfile(), engine::ScoringMethod::ProfileLikelihood, 0.13, kAreas );
  QgsFeature feature;
  QgsFeatureIterator all = layer.getFeatures();
  while ( all.nextFeature( feature ) )
    feed( single, feature );
  single.finish();
  ASSERT_FALSE( single.needsTiePass() );

  RangeReader reader( layer );
  const QVector<RangeReader::Range> ranges = reader.split( 2 );
  std::vector<std::unique_ptr<engine::FusedAreaScoring>> sessions;
  for ( int i = 0; i < ranges.size(); ++i )
    sessions.push_back( std::make_unique<engine::FusedAreaScoring>( kindProfile(), engine::ScoringMethod::ProfileLikelihood, 0.13, kAreas ) );
  reader.read( ranges, QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ), [&]( int range, QgsFeatureIterator &features )
               {
                 QgsFeature rangeFeature;
                 while ( features.nextFeature( rangeFeature ) )
                   feed( *sessions[static_cast<std::size_t>( range )], rangeFeature ); } );
  for ( std::size_t i = 1; i < sessions.size(); ++i )
    sessions[0]->merge( *sessions[i] );
  sessions[0]->finish();
  ASSERT_FALSE( sessions[0]->needsTiePass() );
  EXPECT_EQ( sessions[0]->households(), kHouseholds );
  EXPECT_EQ( sessions[0]->unmatched(), single.unmatched() );
  EXPECT_EQ( sessions[0]->referenceCount(), single.referenceCount() );
  for ( long long area = 0; area < kAreas; ++area )
  {
    EXPECT_EQ( sessions[0]->totals( area ).households, single.totals( area ).households );
    EXPECT_EQ( sessions[0]->totals( area ).reference, single.totals( area ).reference );
    EXPECT_EQ( sessions[0]->totals( area ).members, single.totals( area ).members );
    EXPECT_EQ( sessions[0]->totals( area ).expected, single.totals( area ).expected );
    EXPECT_EQ( sessions[0]->totals( area ).variance, single.totals( area ).variance );
  }
}

TEST( RangeReader, AFilterExpressionIsKeptAndAnErrorInAThreadIsRethrown )
{
  QTemporaryDir directory;
  QgsVectorLayer layer( writeHouseholds( directory ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  RangeReader reader( layer );
  const QVector<RangeReader::Range> ranges = reader.split( 2 );
  std::vector<long long> counts( 2, 0 );
  reader.read( ranges, QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"area\" = 3" ) ), [&]( int range, QgsFeatureIterator &features )
               {
                 QgsFeature rangeFeature;
                 while ( features.nextFeature( rangeFeature ) )
                   ++counts[static_cast<std::size_t>( range )]; } );
  // area = (i * 13) % 7 == 3 for i = 5, 12, 19, ... (one in seven of i = 0 .. 1999): 286
  EXPECT_EQ( counts[0] + counts[1], 286 );
  EXPECT_GT( counts[0], 0 );
  EXPECT_GT( counts[1], 0 );
  EXPECT_THROW( reader.read( ranges, QgsFeatureRequest(), []( int range, QgsFeatureIterator & )
                             {
                               if ( range == 1 )
                                 throw std::runtime_error( "reader failed" ); } ),
                std::runtime_error );
  EXPECT_THROW( reader.requestFor( ranges[0], QgsFeatureRequest().setFilterFid( 3 ) ), std::invalid_argument );
}

TEST( RangeReader, AMemoryLayerIsReadWithOneThread )
{
  auto memory = test::memoryLayer( QStringLiteral( "Point?field=area:integer" ) );
  test::addFeature( memory.get(), { 1 }, QStringLiteral( "POINT(0 0)" ) );
  test::addFeature( memory.get(), { 2 }, QStringLiteral( "POINT(1 1)" ) );
  RangeReader reader( *memory );
  EXPECT_FALSE( reader.splittable() );
  EXPECT_TRUE( reader.whyNotSplittable().contains( QStringLiteral( "memory" ) ) );
  const QVector<RangeReader::Range> ranges = reader.split( 4 );
  ASSERT_EQ( ranges.size(), 1 );
  long long read = 0;
  reader.read( ranges, QgsFeatureRequest(), [&]( int, QgsFeatureIterator &features )
               {
                 QgsFeature feature;
                 while ( features.nextFeature( feature ) )
                   ++read; } );
  EXPECT_EQ( read, 2 );
}
