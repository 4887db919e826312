// The full analysis (seed -> profile -> scores -> areas -> coarser areas ->
// report) on the embedded demo data, in process: as the algorithm, and as the
// shipped Model Designer model written from the same chain table (whose
// structure test_analysischain.cpp checks).

#include "common/outputschema.h"
#include "common/qgiscompat.h"
#include "fullanalysisalgorithm.h"
#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsproject.h>

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingparameters.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kDemo = QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg" );
const QString kShippedModel = QStringLiteral( TARGETGROUP_SOURCE_DIR "/metadata/targetgroup_full_analysis.model3" );
constexpr long long kDemoHouseholds = 30000;
//! MIN_COUNT of the runs below (the default).
constexpr long long kMinCount = 10;

QString demoLayer( const QString &name )
{
  return kDemo + QStringLiteral( "|layername=" ) + name;
}

double sumOf( QgsVectorLayer *layer, const QString &field )
{
  double sum = 0;
  QgsFeature feature;
  QgsFeatureIterator iterator = layer->getFeatures();
  while ( iterator.nextFeature( feature ) )
    sum += feature.attribute( field ).toDouble();
  return sum;
}

QVariantMap fullAnalysisParameters( const QTemporaryDir &directory )
{
  QVariantMap p;
  p.insert( FullAnalysisAlgorithm::HOUSEHOLDS, demoLayer( QStringLiteral( "households" ) ) );
  p.insert( FullAnalysisAlgorithm::SEED, QStringLiteral( "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ) );
  p.insert( FullAnalysisAlgorithm::FIELDS, QStringList{ QStringLiteral( "age_class" ), QStringLiteral( "hh_type" ), QStringLiteral( "education" ), QStringLiteral( "income" ), QStringLiteral( "tenure" ) } );
  p.insert( FullAnalysisAlgorithm::DESCRIPTIVE_FIELDS, QStringList{ QStringLiteral( "int_tv_soaps" ), QStringLiteral( "int_reading" ) } );
  p.insert( FullAnalysisAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) );
  p.insert( FullAnalysisAlgorithm::AREAS, demoLayer( QStringLiteral( "wijk" ) ) );
  p.insert( FullAnalysisAlgorithm::MIDDLE_AREAS, demoLayer( QStringLiteral( "gemeente" ) ) );
  p.insert( FullAnalysisAlgorithm::COARSE_AREAS, demoLayer( QStringLiteral( "provincie" ) ) );
  p.insert( FullAnalysisAlgorithm::OUTPUT_PROFILE, directory.filePath( QStringLiteral( "profile.json" ) ) );
  p.insert( FullAnalysisAlgorithm::OUTPUT_REPORT, directory.filePath( QStringLiteral( "report.html" ) ) );
  p.insert( FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS, QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( FullAnalysisAlgorithm::OUTPUT_AREAS, QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS, QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS, QgsProcessing::TEMPORARY_OUTPUT );
  return p;
}

//! Model parameters for a run on the demo data, outputs into directory.
QVariantMap demoModelParameters( const QTemporaryDir &directory )
{
  QVariantMap p;
  p.insert( QStringLiteral( "households" ), demoLayer( QStringLiteral( "households" ) ) );
  p.insert( QStringLiteral( "seed" ), QStringLiteral( "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ) );
  p.insert( QStringLiteral( "profile_fields" ), QStringList{ QStringLiteral( "age_class" ), QStringLiteral( "education" ), QStringLiteral( "tenure" ) } );
  p.insert( QStringLiteral( "descriptive_fields" ), QStringList{ QStringLiteral( "int_reading" ) } );
  p.insert( QStringLiteral( "prevalence" ), 0.1 );
  p.insert( QStringLiteral( "member" ), QStringLiteral( "\"is_member\" = 1" ) );
  p.insert( QStringLiteral( "finest_areas" ), demoLayer( QStringLiteral( "wijk" ) ) );
  p.insert( QStringLiteral( "middle_areas" ), demoLayer( QStringLiteral( "gemeente" ) ) );
  p.insert( QStringLiteral( "coarse_areas" ), demoLayer( QStringLiteral( "provincie" ) ) );
  p.insert( QStringLiteral( "min_count" ), 10 );
  p.insert( QStringLiteral( "build_profile:Profile" ), directory.filePath( QStringLiteral( "profile.json" ) ) );
  p.insert( QStringLiteral( "build_profile:Profile report" ), directory.filePath( QStringLiteral( "profile.html" ) ) );
  p.insert( QStringLiteral( "area_report:Area report" ), directory.filePath( QStringLiteral( "report.html" ) ) );
  p.insert( QStringLiteral( "rollup_finest:Finest areas" ), directory.filePath( QStringLiteral( "wijk.gpkg" ) ) );
  p.insert( QStringLiteral( "rollup_middle:Middle areas" ), directory.filePath( QStringLiteral( "gemeente.gpkg" ) ) );
  p.insert( QStringLiteral( "rollup_coarse:Coarse areas" ), directory.filePath( QStringLiteral( "provincie.gpkg" ) ) );
  p.insert( QStringLiteral( "score_households:Scored households" ), QgsProcessing::TEMPORARY_OUTPUT );
  return p;
}

} // namespace

TEST( FullAnalysis, DemoDataReconcilesAtEveryLevel )
{
  ASSERT_TRUE( QFileInfo::exists( kDemo ) );
  QTemporaryDir directory;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), fullAnalysisParameters( directory ), context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();

  const long long matched = run.results.value( FullAnalysisAlgorithm::MATCHED ).toLongLong();
  const long long unmatched = run.results.value( FullAnalysisAlgorithm::UNMATCHED ).toLongLong();
  EXPECT_EQ( matched + unmatched, kDemoHouseholds );
  // Σ tg_prob = PREVALENCE × N (default 0.10 × 30000)
  EXPECT_NEAR( run.results.value( FullAnalysisAlgorithm::EXPECTED_TOTAL ).toDouble(), 3000.0, 3000.0 * 0.005 );
  EXPECT_EQ( run.results.value( FullAnalysisAlgorithm::SEED_COUNT ).toLongLong(), 257 );

  std::unique_ptr<QgsVectorLayer> wijken = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_AREAS ) );
  std::unique_ptr<QgsVectorLayer> gemeenten = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS ) );
  std::unique_ptr<QgsVectorLayer> provincies = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS ) );
  std::unique_ptr<QgsVectorLayer> households = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS ) );
  ASSERT_TRUE( wijken && gemeenten && provincies && households );
  EXPECT_EQ( wijken->featureCount(), 72 );
  EXPECT_EQ( gemeenten->featureCount(), 7 );
  EXPECT_EQ( households->featureCount(), kDemoHouseholds );
  // Σ households over the finest areas + unmatched = input; every coarser level sums to the same.
  const QString total = schema::kHouseholds;
  EXPECT_EQ( unmatched, 0 );
  EXPECT_EQ( static_cast<long long>( sumOf( wijken.get(), total ) ) + unmatched, kDemoHouseholds );
  EXPECT_EQ( sumOf( gemeenten.get(), total ), sumOf( wijken.get(), total ) );
  EXPECT_EQ( sumOf( provincies.get(), total ), sumOf( wijken.get(), total ) );

  // The households read, per wijk (area_code, the wijk they were generated in) and their Σ tg_prob.
  QHash<QString, long long> householdsPerWijk;
  QHash<QString, double> probabilityPerWijk;
  double probabilityTotal = 0;
  {
    QgsFeature household;
    QgsFeatureIterator iterator = households->getFeatures();
    while ( iterator.nextFeature( household ) )
    {
      const QString wijk = household.attribute( QStringLiteral( "area_code" ) ).toString();
      const double probability = household.attribute( schema::kProbability ).toDouble();
      ++householdsPerWijk[wijk];
      probabilityPerWijk[wijk] += probability;
      probabilityTotal += probability;
    }
  }
  // The demo has wijken with fewer than MIN_COUNT households (data/demo/README.md): exactly those are suppressed, with
  // their count kept and every figure NULL. Each wijk's count is that of the households generated in it.
  QSet<QString> suppressedWijken;
  double expectedShown = 0;
  {
    QgsFeature wijk;
    QgsFeatureIterator iterator = wijken->getFeatures();
    while ( iterator.nextFeature( wijk ) )
    {
      const QString code = wijk.attribute( schema::kCbsCodeField ).toString();
      const long long count = wijk.attribute( total ).toLongLong();
      EXPECT_EQ( count, householdsPerWijk.value( code ) ) << code.toStdString();
      const bool suppressed = wijk.attribute( schema::kSuppressed ).toInt() == 1;
      EXPECT_EQ( suppressed, count < kMinCount ) << code.toStdString() << " has " << count << " households";
      if ( suppressed )
      {
        suppressedWijken.insert( code );
        EXPECT_TRUE( wijk.attribute( schema::kExpected ).isNull() ) << code.toStdString();
      }
      else
      {
        expectedShown += wijk.attribute( schema::kExpected ).toDouble();
      }
    }
  }
  EXPECT_GE( suppressedWijken.size(), 1 );
  EXPECT_LT( suppressedWijken.size(), 10 ) << "most wijken are shown";
  // No gemeente or provincie is below MIN_COUNT: coarser levels count the households of suppressed wijken too.
  EXPECT_EQ( sumOf( gemeenten.get(), schema::kSuppressed ), 0 );
  EXPECT_EQ( sumOf( provincies.get(), schema::kSuppressed ), 0 );
  // Expected counts reconcile: every level sums to Σ tg_prob, the finest once the suppressed wijken's share is added back.
  const QString expected = schema::kExpected;
  double expectedSuppressed = 0;
  for ( const QString &code : std::as_const( suppressedWijken ) )
    expectedSuppressed += probabilityPerWijk.value( code );
  EXPECT_NEAR( expectedShown + expectedSuppressed, probabilityTotal, 1e-6 );
  EXPECT_NEAR( sumOf( gemeenten.get(), expected ), probabilityTotal, 1e-6 );
  EXPECT_NEAR( sumOf( provincies.get(), expected ), probabilityTotal, 1e-6 );

  QFile report( run.results.value( FullAnalysisAlgorithm::OUTPUT_REPORT ).toString() );
  ASSERT_TRUE( report.open( QIODevice::ReadOnly ) );
  const QString html = QString::fromUtf8( report.readAll() );
  EXPECT_TRUE( html.contains( QStringLiteral( "<img" ) ) );
  EXPECT_TRUE( QFileInfo::exists( directory.filePath( QStringLiteral( "report_map.png" ) ) ) );
  // the log says how each level was joined and why: wijk -> wijk and wijk -> gemeente by code, wijk -> provincie spatially
  const QString log = feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_EQ( log.count( QStringLiteral( "Join: by code (automatic)" ) ), 2 ) << log.toStdString();
  EXPECT_EQ( log.count( QStringLiteral( "Join: spatially (automatic" ) ), 1 ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "PV" ) ) ) << log.toStdString();
  // one line per step, in the chain's order
  EXPECT_TRUE( log.contains( QStringLiteral( "Step 7: Area report with map" ) ) ) << log.toStdString();
  // the profile report is written only when asked for
  EXPECT_FALSE( run.results.contains( FullAnalysisAlgorithm::OUTPUT_PROFILE_REPORT ) );
}

TEST( FullAnalysis, AFailingStepNamesTheStepAndTheCause )
{
  QTemporaryDir directory;
  QVariantMap p = fullAnalysisParameters( directory );
  p.insert( FullAnalysisAlgorithm::FIELDS, QStringList{ QStringLiteral( "no_such_field" ) } );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), p, context, feedback );
  ASSERT_FALSE( run.ok );
  EXPECT_TRUE( run.error.contains( QStringLiteral( "Build target group profile" ) ) ) << run.error.toStdString();
  EXPECT_TRUE( run.error.contains( QStringLiteral( "no_such_field" ) ) ) << run.error.toStdString();
}

TEST( FullAnalysis, WithoutCodeFieldEveryLevelIsJoinedSpatially )
{
  QTemporaryDir directory;
  QVariantMap p = fullAnalysisParameters( directory );
  p.insert( FullAnalysisAlgorithm::CODE_FIELD, QString() );
  p.remove( FullAnalysisAlgorithm::COARSE_AREAS );
  p.remove( FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS );
  p.remove( FullAnalysisAlgorithm::OUTPUT_REPORT );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  EXPECT_FALSE( run.results.contains( FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS ) );
  std::unique_ptr<QgsVectorLayer> gemeenten = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS ) );
  ASSERT_TRUE( gemeenten );
  // the CBS gemeente layer was generalised apart from the wijken, yet every wijk's point on surface lies in its gemeente
  EXPECT_EQ( static_cast<long long>( sumOf( gemeenten.get(), schema::kHouseholds ) ), kDemoHouseholds );
  const QString log = feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_FALSE( log.contains( QStringLiteral( "Join: by code" ) ) ) << log.toStdString();
  EXPECT_EQ( log.count( QStringLiteral( "no code field is given" ) ), 2 ) << log.toStdString();
}

TEST( FullAnalysis, AreaLevelsGivenAsLayersAndSourceDefinitionsAreRolledUp )
{
  QgsVectorLayer gemeenten( demoLayer( QStringLiteral( "gemeente" ) ), QStringLiteral( "gemeente" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( gemeenten.isValid() );
  QTemporaryDir directory;
  QVariantMap p = fullAnalysisParameters( directory );
  p.insert( FullAnalysisAlgorithm::MIDDLE_AREAS, QVariant::fromValue( &gemeenten ) );
  p.insert( FullAnalysisAlgorithm::COARSE_AREAS, QVariant::fromValue( QgsProcessingFeatureSourceDefinition( demoLayer( QStringLiteral( "provincie" ) ) ) ) );
  p.remove( FullAnalysisAlgorithm::OUTPUT_REPORT );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  std::unique_ptr<QgsVectorLayer> middle = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS ) );
  std::unique_ptr<QgsVectorLayer> coarse = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS ) );
  ASSERT_TRUE( middle && coarse );
  EXPECT_EQ( middle->featureCount(), 7 );
  EXPECT_EQ( coarse->featureCount(), 2 );
  EXPECT_EQ( static_cast<long long>( sumOf( coarse.get(), schema::kHouseholds ) ), kDemoHouseholds );
}

TEST( FullAnalysis, PrevalenceAreasCalibratePerAreaAndSkippedStepsDoNotRun )
{
  // One estimate polygon around the whole demo region with a share of 20%:
  // Σ tg_prob = 0.20 × 30000 = 6000 instead of PREVALENCE 0.10 × 30000.
  auto estimates = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=share:double" ), QStringLiteral( "estimates" ) );
  addFeature( estimates.get(), { 0.20 }, QStringLiteral( "Polygon ((150000 420000, 200000 420000, 200000 480000, 150000 480000, 150000 420000))" ) );
  QTemporaryDir directory;
  QVariantMap p = fullAnalysisParameters( directory );
  p.insert( FullAnalysisAlgorithm::PREVALENCE_AREAS, QVariant::fromValue( estimates.get() ) );
  p.insert( FullAnalysisAlgorithm::PREVALENCE_FIELD, QStringLiteral( "share" ) );
  p.insert( FullAnalysisAlgorithm::OUTPUT_PROFILE_REPORT, directory.filePath( QStringLiteral( "profile.html" ) ) );
  p.remove( FullAnalysisAlgorithm::MIDDLE_AREAS );
  p.remove( FullAnalysisAlgorithm::COARSE_AREAS );
  p.remove( FullAnalysisAlgorithm::OUTPUT_REPORT );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  EXPECT_NEAR( run.results.value( FullAnalysisAlgorithm::EXPECTED_TOTAL ).toDouble(), 6000.0, 6000.0 * 1e-6 );
  // The profile report is written when asked for; the levels and the report not given do not run.
  EXPECT_TRUE( QFileInfo::exists( run.results.value( FullAnalysisAlgorithm::OUTPUT_PROFILE_REPORT ).toString() ) );
  EXPECT_FALSE( run.results.contains( FullAnalysisAlgorithm::OUTPUT_REPORT ) );
  EXPECT_FALSE( run.results.contains( FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS ) );
  EXPECT_FALSE( QFileInfo::exists( directory.filePath( QStringLiteral( "report.html" ) ) ) );
  const QString log = feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "Step 4: " ) ) ) << log.toStdString(); // profile, scores, aggregation, the finest level
  EXPECT_FALSE( log.contains( QStringLiteral( "Step 5: " ) ) ) << log.toStdString();
}

TEST( FullAnalysis, LoadsEachOutputUnderItsOwnLabelAndLevelsByDefault )
{
  // As the dialog does: outputs to load into the project when the run ends.
  QTemporaryDir directory;
  QVariantMap p = fullAnalysisParameters( directory );
  for ( const QString &output : { FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS, FullAnalysisAlgorithm::OUTPUT_AREAS, FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS, FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS } )
  {
    QgsProcessingOutputLayerDefinition definition( QgsProcessing::TEMPORARY_OUTPUT, QgsProject::instance() );
    p.insert( output, QVariant::fromValue( definition ) );
  }
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  const QMap<QString, QgsProcessingContext::LayerDetails> toLoad = context.layersToLoadOnCompletion();
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( FullAnalysisAlgorithm().create() );
  QStringList names;
  for ( const QString &output : { FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS, FullAnalysisAlgorithm::OUTPUT_AREAS, FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS, FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS } )
  {
    const QString layer = run.results.value( output ).toString();
    ASSERT_TRUE( toLoad.contains( layer ) ) << output.toStdString();
    EXPECT_EQ( toLoad.value( layer ).name, algorithm->parameterDefinition( output )->description() ) << output.toStdString();
    EXPECT_EQ( toLoad.value( layer ).outputName, output );
    names << toLoad.value( layer ).name;
  }
  EXPECT_EQ( toLoad.size(), 4 ) << "only the outputs are loaded, no intermediate layer";
  names.removeDuplicates();
  EXPECT_EQ( names.size(), 4 ) << "every output has a name of its own";

  // The level outputs are made by default (not "[Skip output]").
  for ( const QString &output : { FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS, FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS } )
    EXPECT_TRUE( static_cast<const QgsProcessingDestinationParameter *>( algorithm->parameterDefinition( output ) )->createByDefault() ) << output.toStdString();
}

TEST( FullAnalysis, ParametersFollowTheChain )
{
  FullAnalysisAlgorithm prototype;
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  // The ids batch jobs use stay what they were.
  for ( const QString &id : { FullAnalysisAlgorithm::HOUSEHOLDS, FullAnalysisAlgorithm::SEED, FullAnalysisAlgorithm::BASE, FullAnalysisAlgorithm::FIELDS, FullAnalysisAlgorithm::DESCRIPTIVE_FIELDS,
                              FullAnalysisAlgorithm::PREVALENCE, FullAnalysisAlgorithm::PREVALENCE_AREAS, FullAnalysisAlgorithm::PREVALENCE_FIELD, FullAnalysisAlgorithm::MEMBER,
                              FullAnalysisAlgorithm::AREAS, FullAnalysisAlgorithm::MIDDLE_AREAS, FullAnalysisAlgorithm::COARSE_AREAS, FullAnalysisAlgorithm::CODE_FIELD,
                              FullAnalysisAlgorithm::MIN_COUNT, FullAnalysisAlgorithm::MIN_CELL, FullAnalysisAlgorithm::BINS, FullAnalysisAlgorithm::OUTPUT_PROFILE,
                              FullAnalysisAlgorithm::OUTPUT_REPORT, FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS, FullAnalysisAlgorithm::OUTPUT_AREAS,
                              FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS, FullAnalysisAlgorithm::OUTPUT_COARSE_AREAS } )
    EXPECT_TRUE( algorithm->parameterDefinition( id ) ) << id.toStdString();
  for ( const QString &id : { FullAnalysisAlgorithm::SEED_COUNT, FullAnalysisAlgorithm::BASE_COUNT, FullAnalysisAlgorithm::EXPECTED_TOTAL, FullAnalysisAlgorithm::MATCHED, FullAnalysisAlgorithm::UNMATCHED } )
    EXPECT_TRUE( algorithm->outputDefinition( id ) ) << id.toStdString();
  // Outputs of the levels that may be skipped are optional; the finest level's is not.
  EXPECT_TRUE( algorithm->parameterDefinition( FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS )->flags() & compat::ParameterOptional );
  EXPECT_TRUE( algorithm->parameterDefinition( FullAnalysisAlgorithm::OUTPUT_REPORT )->flags() & compat::ParameterOptional );
  EXPECT_FALSE( algorithm->parameterDefinition( FullAnalysisAlgorithm::OUTPUT_AREAS )->flags() & compat::ParameterOptional );
  EXPECT_EQ( algorithm->parameterDefinition( FullAnalysisAlgorithm::CODE_FIELD )->defaultValue().toString(), schema::kCbsCodeField );
}

TEST( FullAnalysisModel, ShippedModelRunsOnTheDemoDataAndReconciles )
{
  QgsProcessingModelAlgorithm model;
  ASSERT_TRUE( model.fromFile( kShippedModel ) );
  QTemporaryDir directory;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( model, demoModelParameters( directory ), context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  QgsVectorLayer wijken( directory.filePath( QStringLiteral( "wijk.gpkg" ) ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer gemeenten( directory.filePath( QStringLiteral( "gemeente.gpkg" ) ), QStringLiteral( "gemeente" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer provincies( directory.filePath( QStringLiteral( "provincie.gpkg" ) ), QStringLiteral( "provincie" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( wijken.isValid() && gemeenten.isValid() && provincies.isValid() );
  const QString total = schema::kHouseholds;
  EXPECT_EQ( static_cast<long long>( sumOf( &wijken, total ) ), kDemoHouseholds );
  EXPECT_EQ( sumOf( &gemeenten, total ), sumOf( &wijken, total ) );
  EXPECT_EQ( sumOf( &provincies, total ), sumOf( &wijken, total ) );
  EXPECT_TRUE( QFileInfo::exists( directory.filePath( QStringLiteral( "report.html" ) ) ) );
  EXPECT_TRUE( QFileInfo::exists( directory.filePath( QStringLiteral( "profile.html" ) ) ) );
  // Wijk -> wijk and wijk -> gemeente by code, wijk -> provincie spatially: decided by rollupareas, said in the log.
  const QString log = feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_EQ( log.count( QStringLiteral( "Join: by code (automatic)" ) ), 2 ) << log.toStdString();
  EXPECT_EQ( log.count( QStringLiteral( "Join: spatially (automatic" ) ), 1 ) << log.toStdString();
}

TEST( FullAnalysisModel, ShippedModelSkipsLevelsNotGivenAndCalibratesPerArea )
{
  QgsProcessingModelAlgorithm model;
  ASSERT_TRUE( model.fromFile( kShippedModel ) );
  // One estimate polygon around the whole demo region with a share of 20%:
  // Σ tg_prob = 0.20 × 30000 = 6000 instead of prevalence 0.10 × 30000.
  auto estimates = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=share:double" ), QStringLiteral( "estimates" ) );
  addFeature( estimates.get(), { 0.20 }, QStringLiteral( "Polygon ((150000 420000, 200000 420000, 200000 480000, 150000 480000, 150000 420000))" ) );
  QTemporaryDir directory;
  QVariantMap p = demoModelParameters( directory );
  p.remove( QStringLiteral( "middle_areas" ) );
  p.remove( QStringLiteral( "coarse_areas" ) );
  p.insert( QStringLiteral( "prevalence_areas" ), QVariant::fromValue( estimates.get() ) );
  p.insert( QStringLiteral( "prevalence_field" ), QStringLiteral( "share" ) );
  // Every wijk's expected count shows, so that they add up to the 6000 (the demo has wijken below MIN_COUNT 10).
  p.insert( QStringLiteral( "min_count" ), 0 );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( model, p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  EXPECT_TRUE( run.results.contains( QStringLiteral( "rollup_finest:Finest areas" ) ) );
  EXPECT_FALSE( run.results.contains( QStringLiteral( "rollup_middle:Middle areas" ) ) );
  EXPECT_FALSE( run.results.contains( QStringLiteral( "rollup_coarse:Coarse areas" ) ) );
  EXPECT_FALSE( QFileInfo::exists( directory.filePath( QStringLiteral( "gemeente.gpkg" ) ) ) );
  QgsVectorLayer wijken( directory.filePath( QStringLiteral( "wijk.gpkg" ) ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( wijken.isValid() );
  EXPECT_NEAR( sumOf( &wijken, schema::kExpected ), 6000.0, 6000.0 * 1e-6 );
}

// --- the member file and the library service areas (issue 11) --------------------

namespace
{
const QString kDemoMembers = QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/members.csv" );
const QString kDemoLibraries = QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/libraries.gpkg|layername=libraries" );
} // namespace

TEST( FullAnalysis, MemberFileAndLibrariesGiveTheFiguresOfTheMemberExpression )
{
  // The demo member file lists the members of the households with is_member = 1,
  // plus 15 rows that match no household (data/demo/README.md): the figures per
  // area must be those of MEMBER "is_member" = 1, and every library's sums add up.
  QTemporaryDir directory;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  QVariantMap p = fullAnalysisParameters( directory );
  p.remove( FullAnalysisAlgorithm::MEMBER );
  p.insert( FullAnalysisAlgorithm::MEMBERS, kDemoMembers );
  p.insert( FullAnalysisAlgorithm::OUTPUT_UNMATCHED_MEMBERS, QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( FullAnalysisAlgorithm::LIBRARIES, kDemoLibraries );
  p.insert( FullAnalysisAlgorithm::LIBRARY_NAME_FIELD, QStringLiteral( "name" ) );
  p.insert( FullAnalysisAlgorithm::OUTPUT_LIBRARIES, QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( FullAnalysisAlgorithm::OUTPUT_LIBRARY_AREAS, QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( FullAnalysisAlgorithm::OUTPUT_LIBRARY_REPORTS, directory.filePath( QStringLiteral( "libraries" ) ) );
  const AlgorithmRun run = runAlgorithm( FullAnalysisAlgorithm(), p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();

  const long long read = run.results.value( FullAnalysisAlgorithm::MEMBERS_READ ).toLongLong();
  const long long matched = run.results.value( FullAnalysisAlgorithm::MEMBERS_MATCHED ).toLongLong();
  const long long unmatched = run.results.value( FullAnalysisAlgorithm::MEMBERS_UNMATCHED ).toLongLong();
  EXPECT_EQ( read, matched + unmatched );
  EXPECT_EQ( unmatched, 15 );
  EXPECT_EQ( run.results.value( FullAnalysisAlgorithm::HOUSEHOLDS_WITH_MEMBERS ).toLongLong(), 7708 );
  std::unique_ptr<QgsVectorLayer> unmatchedMembers = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_UNMATCHED_MEMBERS ) );
  ASSERT_TRUE( unmatchedMembers );
  EXPECT_EQ( unmatchedMembers->featureCount(), 15 );
  EXPECT_GE( unmatchedMembers->fields().lookupField( schema::kUnmatchedReason ), 0 );

  // The same wijk figures as with the expression.
  QTemporaryDir expressionDirectory;
  QgsProcessingContext expressionContext;
  RecordingFeedback expressionFeedback;
  const AlgorithmRun byExpression = runAlgorithm( FullAnalysisAlgorithm(), fullAnalysisParameters( expressionDirectory ), expressionContext, expressionFeedback );
  ASSERT_TRUE( byExpression.ok ) << byExpression.error.toStdString();
  std::unique_ptr<QgsVectorLayer> wijken = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_AREAS ) );
  std::unique_ptr<QgsVectorLayer> wijkenByExpression = takeVectorLayer( expressionContext, byExpression.results.value( FullAnalysisAlgorithm::OUTPUT_AREAS ) );
  ASSERT_TRUE( wijken && wijkenByExpression );
  for ( const QString &field : { schema::kMembers, schema::kMemberExpected, schema::kExpected, schema::kHouseholds } )
    EXPECT_NEAR( sumOf( wijken.get(), field ), sumOf( wijkenByExpression.get(), field ), 1e-9 * std::max( 1.0, sumOf( wijken.get(), field ) ) ) << field.toStdString();

  // Per library: the four demo service areas cover every wijk, so their sums are the totals.
  std::unique_ptr<QgsVectorLayer> libraries = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_LIBRARIES ) );
  std::unique_ptr<QgsVectorLayer> libraryAreas = takeVectorLayer( context, run.results.value( FullAnalysisAlgorithm::OUTPUT_LIBRARY_AREAS ) );
  ASSERT_TRUE( libraries && libraryAreas );
  EXPECT_EQ( run.results.value( FullAnalysisAlgorithm::LIBRARY_COUNT ).toLongLong(), libraries->featureCount() );
  EXPECT_EQ( run.results.value( FullAnalysisAlgorithm::AREAS_WITHOUT_LIBRARY ).toLongLong(), 0 );
  EXPECT_EQ( static_cast<long long>( sumOf( libraries.get(), schema::kHouseholds ) ), kDemoHouseholds );
  EXPECT_EQ( sumOf( libraries.get(), schema::kMembers ), 7708 );
  EXPECT_EQ( libraryAreas->featureCount(), 72 );
  EXPECT_TRUE( QFileInfo::exists( directory.filePath( QStringLiteral( "libraries/index.html" ) ) ) );
  EXPECT_TRUE( feedback.infos.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "Step 8: Figures and reports per library service area" ) ) );
}

TEST( FullAnalysis, MemberSourcesAndLibrariesAreCheckedBeforeAnyStep )
{
  QTemporaryDir directory;
  QVariantMap both = fullAnalysisParameters( directory );
  both.insert( FullAnalysisAlgorithm::MEMBERS, kDemoMembers );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun twice = runAlgorithm( FullAnalysisAlgorithm(), both, context, feedback );
  ASSERT_FALSE( twice.ok );
  EXPECT_TRUE( twice.error.contains( QStringLiteral( "Both MEMBER (an expression) and MEMBERS (a member file) are given" ) ) ) << twice.error.toStdString();
  EXPECT_FALSE( feedback.infos.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "Step 1" ) ) ) << "refused before the first step";

  QVariantMap unnamed = fullAnalysisParameters( directory );
  unnamed.insert( FullAnalysisAlgorithm::LIBRARIES, kDemoLibraries );
  RecordingFeedback unnamedFeedback;
  const AlgorithmRun noName = runAlgorithm( FullAnalysisAlgorithm(), unnamed, context, unnamedFeedback );
  ASSERT_FALSE( noName.ok );
  EXPECT_TRUE( noName.error.contains( QStringLiteral( "LIBRARIES (library service areas) is given without LIBRARY_NAME_FIELD" ) ) ) << noName.error.toStdString();
}

TEST( FullAnalysisModel, ShippedModelTakesTheMemberFileAndTheLibraries )
{
  QgsProcessingModelAlgorithm model;
  ASSERT_TRUE( model.fromFile( kShippedModel ) );
  QTemporaryDir directory;
  QVariantMap p = demoModelParameters( directory );
  p.remove( QStringLiteral( "member" ) );
  p.insert( QStringLiteral( "members" ), kDemoMembers );
  p.insert( QStringLiteral( "libraries" ), kDemoLibraries );
  p.insert( QStringLiteral( "library_name_field" ), QStringLiteral( "name" ) );
  p.insert( QStringLiteral( "library_reports:Figures per library" ), directory.filePath( QStringLiteral( "libraries.gpkg" ) ) );
  p.insert( QStringLiteral( "library_reports:Library reports" ), directory.filePath( QStringLiteral( "libraries" ) ) );
  p.insert( QStringLiteral( "library_reports:Areas with their library" ), QgsProcessing::TEMPORARY_OUTPUT );
  p.insert( QStringLiteral( "aggregate_areas:Unmatched members" ), directory.filePath( QStringLiteral( "unmatched_members.gpkg" ) ) );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( model, p, context, feedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  QgsVectorLayer libraries( directory.filePath( QStringLiteral( "libraries.gpkg" ) ), QStringLiteral( "libraries" ), QStringLiteral( "ogr" ) );
  QgsVectorLayer unmatched( directory.filePath( QStringLiteral( "unmatched_members.gpkg" ) ), QStringLiteral( "unmatched" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( libraries.isValid() && unmatched.isValid() );
  EXPECT_EQ( static_cast<long long>( sumOf( &libraries, schema::kHouseholds ) ), kDemoHouseholds );
  EXPECT_EQ( sumOf( &libraries, schema::kMembers ), 7708 );
  EXPECT_EQ( unmatched.featureCount(), 15 );
  EXPECT_TRUE( QFileInfo::exists( directory.filePath( QStringLiteral( "libraries/index.html" ) ) ) );
}

TEST( FullAnalysis, WithoutTheHouseholdLayerTheAreasAreTheSameAndScoringIsSkipped )
{
  // Area outputs only: the aggregation scores in its own pass, the score step does not run.
  QTemporaryDir directory;
  QVariantMap with = fullAnalysisParameters( directory );
  with.remove( FullAnalysisAlgorithm::OUTPUT_REPORT );
  with.remove( FullAnalysisAlgorithm::COARSE_AREAS );
  QVariantMap without = with;
  without.remove( FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS );
  without.insert( FullAnalysisAlgorithm::OUTPUT_PROFILE, directory.filePath( QStringLiteral( "profile2.json" ) ) );

  QgsProcessingContext context;
  RecordingFeedback withFeedback, withoutFeedback;
  const AlgorithmRun withRun = runAlgorithm( FullAnalysisAlgorithm(), with, context, withFeedback );
  ASSERT_TRUE( withRun.ok ) << withRun.error.toStdString();
  const AlgorithmRun withoutRun = runAlgorithm( FullAnalysisAlgorithm(), without, context, withoutFeedback );
  ASSERT_TRUE( withoutRun.ok ) << withoutRun.error.toStdString();

  auto isScoreStep = []( const QString &line )
  { return line.startsWith( QLatin1String( "Step " ) ) && line.endsWith( QLatin1String( ": Score households" ) ); };
  EXPECT_TRUE( std::any_of( withFeedback.infos.begin(), withFeedback.infos.end(), isScoreStep ) );
  EXPECT_FALSE( std::any_of( withoutFeedback.infos.begin(), withoutFeedback.infos.end(), isScoreStep ) ) << withoutFeedback.infos.join( QLatin1Char( '\n' ) ).toStdString();
  EXPECT_TRUE( withRun.results.value( FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS ).isValid() );
  EXPECT_FALSE( withoutRun.results.value( FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS ).isValid() );

  for ( const QString &id : { FullAnalysisAlgorithm::MATCHED, FullAnalysisAlgorithm::UNMATCHED, FullAnalysisAlgorithm::SEED_COUNT } )
    EXPECT_EQ( withoutRun.results.value( id ).toLongLong(), withRun.results.value( id ).toLongLong() ) << id.toStdString();
  const double expected = withRun.results.value( FullAnalysisAlgorithm::EXPECTED_TOTAL ).toDouble();
  EXPECT_NEAR( withoutRun.results.value( FullAnalysisAlgorithm::EXPECTED_TOTAL ).toDouble(), expected, expected * 1e-9 );
  EXPECT_NEAR( expected, 3000.0, 3000.0 * 0.005 );

  // Every figure of every wijk and gemeente, to 1e-9 relative (NULL where suppressed in both).
  for ( const QString &output : { FullAnalysisAlgorithm::OUTPUT_AREAS, FullAnalysisAlgorithm::OUTPUT_MIDDLE_AREAS } )
  {
    std::unique_ptr<QgsVectorLayer> withLayer = takeVectorLayer( context, withRun.results.value( output ) );
    std::unique_ptr<QgsVectorLayer> withoutLayer = takeVectorLayer( context, withoutRun.results.value( output ) );
    ASSERT_TRUE( withLayer && withoutLayer ) << output.toStdString();
    ASSERT_EQ( withLayer->featureCount(), withoutLayer->featureCount() );
    QMap<QString, QgsFeature> byCode;
    QgsFeature feature;
    QgsFeatureIterator iterator = withLayer->getFeatures();
    while ( iterator.nextFeature( feature ) )
      byCode.insert( feature.attribute( QStringLiteral( "statcode" ) ).toString(), feature );
    int compared = 0;
    iterator = withoutLayer->getFeatures();
    while ( iterator.nextFeature( feature ) )
    {
      const QString code = feature.attribute( QStringLiteral( "statcode" ) ).toString();
      ASSERT_TRUE( byCode.contains( code ) ) << code.toStdString();
      const QgsFeature reference = byCode.value( code );
      const QgsFields fields = withoutLayer->fields();
      for ( int index = 0; index < fields.count(); ++index )
      {
        const QString name = fields.at( index ).name();
        if ( !name.startsWith( QLatin1String( "tg_" ) ) && !name.startsWith( QLatin1String( "mem_" ) ) && !name.startsWith( QLatin1String( "hh_" ) ) && name != QLatin1String( "suppressed" ) )
          continue;
        const QVariant ours = feature.attribute( name );
        const QVariant theirs = reference.attribute( name );
        ASSERT_EQ( ours.isNull(), theirs.isNull() ) << code.toStdString() << " " << name.toStdString();
        if ( !ours.isNull() )
        {
          EXPECT_NEAR( ours.toDouble(), theirs.toDouble(), 1e-9 * std::max( 1.0, std::fabs( theirs.toDouble() ) ) ) << code.toStdString() << " " << name.toStdString();
        }
        ++compared;
      }
    }
    EXPECT_GT( compared, 100 ) << output.toStdString();
  }
}
