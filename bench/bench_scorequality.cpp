// Scoring quality on synthetic households with a known target group.
//
// Generates households per wijk with engine::drawHousehold() (the latent model
// behind targetgroup:synthetichouseholds and the demo data), builds the profile
// of the seed ("easy_read_loans" > 0 AND "first_lang" = 'nl') with
// engine::ProfileBuilder against two bases (all households; "is_member" = 1),
// scores and calibrates every household with each method through
// engine::ScoringSession (the two passes of targetgroup:scorehouseholds,
// engine/scoringsession.h), sums per wijk with engine::AreaAggregationSession
// (engine/aggregationsession.h), and compares with the ground truth: AUC, share
// of true targets caught in the top 10% and in the reference group, and per
// wijk the expected (sum of tg_prob) versus true count.
//
// Usage: bench_scorequality [wijken=120] [households per wijk=800] [seed=20240501] [prevalence=0.10]
//        bench_scorequality --demo [path to foodvalley.gpkg] [prevalence=0.10]
// The --demo form reads the demo households (wijk = area_code), builds the
// profile with the same engine, and for the default method also runs the real
// targetgroup:scorehouseholds algorithm in process and checks its output.

#include <qgsfeature.h> // before fieldvalues.h, which uses QgsAttributes without including it

#include "common/fieldvalues.h"
#include "common/profilefile.h"
#include "engine/aggregationsession.h"
#include "engine/profilebuilder.h"
#include "engine/scoringsession.h"
#include "engine/synthetichouseholds.h"
#include "scorehouseholdsalgorithm.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include <qgsapplication.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QTemporaryDir>

using namespace targetgroup::engine;

namespace
{

struct Household
{
  std::vector<FieldValue> values; //!< in kFields order
  int wijk = 0;
  bool isSeed = false;
  bool isMember = false;
  bool isTarget = false;
};

struct FieldDefinition
{
  const char *name;
  bool numeric;
};

// As the synthetic-household layer stores them: text fields as text, flags and income as numbers.
// Not profiled: is_member (the second base), easy_read_loans (the seed), area_code, tg_truth.
const std::vector<FieldDefinition> kFields = {
    { "age_class", false },
    { "hh_type", false },
    { "education", false },
    { "income", true },
    { "tenure", false },
    { "dwelling", false },
    { "segment", false },
    { "first_lang", false },
    { "int_diy", true },
    { "int_tv_soaps", true },
    { "int_sports", true },
    { "int_reading", true },
    { "int_gardening", true },
    { "media_facebook", true },
    { "media_local_paper", true },
    { "buy_discount_store", true },
    { "buy_online", true },
};

template<typename Optional, typename Label>
FieldValue textOf( const Optional &value, Label label )
{
  return value ? FieldValue::ofText( label( *value ) ) : FieldValue::missing();
}

FieldValue flag( bool value )
{
  return FieldValue::ofNumber( value ? 1 : 0 );
}

std::vector<Household> generate( int wijken, int perWijk, std::uint64_t seed )
{
  std::vector<Household> households;
  households.reserve( static_cast<size_t>( wijken ) * perWijk );
  for ( int wijk = 0; wijk < wijken; ++wijk )
  {
    PortableRandom random( areaStreamSeed( seed, static_cast<std::uint64_t>( wijk ), RandomStream::Attributes ) );
    const AreaEffects effects = AreaEffects::draw( random );
    for ( int i = 0; i < perWijk; ++i )
    {
      const SyntheticHousehold s = drawHousehold( random, effects );
      Household h;
      h.wijk = wijk;
      h.isMember = s.isMember;
      h.isTarget = s.isTarget;
      h.isSeed = s.easyReadLoans > 0 && s.dutchFirstLanguage;
      h.values = {
          textOf( s.ageClass, []( AgeClass v )
                  { return std::string( label( v ) ); } ),
          FieldValue::ofText( label( s.householdType ) ),
          textOf( s.education, []( Education v )
                  { return std::string( label( v ) ); } ),
          s.income ? FieldValue::ofNumber( *s.income ) : FieldValue::missing(),
          textOf( s.tenure, []( Tenure v )
                  { return std::string( label( v ) ); } ),
          FieldValue::ofText( label( s.dwelling ) ),
          FieldValue::ofText( kSegmentLabels[static_cast<size_t>( s.segment )] ),
          FieldValue::ofText( s.dutchFirstLanguage ? "nl" : "other" ),
          flag( s.interestDiy ),
          flag( s.interestTvSoaps ),
          flag( s.interestSports ),
          flag( s.interestReading ),
          flag( s.interestGardening ),
          flag( s.mediaFacebook ),
          flag( s.mediaLocalPaper ),
          flag( s.buysDiscountStore ),
          flag( s.buysOnline ),
      };
      households.push_back( std::move( h ) );
    }
  }
  return households;
}

Profile buildProfile( const std::vector<Household> &households, bool membersOnly )
{
  std::vector<ProfileFieldSpec> specs;
  for ( const FieldDefinition &field : kFields )
    specs.push_back( { field.name, field.numeric, true } );
  ProfileSettings settings;
  settings.seedExpression = "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'";
  settings.baseExpression = membersOnly ? "\"is_member\" = 1" : "";
  ProfileBuilder builder( specs, settings );
  for ( const Household &h : households )
  {
    if ( !membersOnly || h.isMember )
      builder.countFirstPass( h.values, h.isSeed );
  }
  builder.finishFirstPass();
  for ( const Household &h : households )
  {
    if ( !membersOnly || h.isMember )
      builder.countSecondPass( h.values, h.isSeed );
  }
  return builder.finish();
}

//! The profile with only these fields scoring (each with weight 1 when alone).
Profile onlyFields( Profile profile, const std::vector<std::string> &names, bool keep )
{
  for ( ProfileField &field : profile.fields )
  {
    const bool listed = std::find( names.begin(), names.end(), field.name ) != names.end();
    field.usedForScoring = field.usedForScoring && ( listed == keep );
    if ( keep && names.size() == 1 )
      field.scoringWeight = 1.0;
  }
  return profile;
}

std::vector<FieldValue> valuesFor( const ScoringSession &session, const Household &h )
{
  std::vector<FieldValue> values;
  for ( const ProfileField *field : session.fields() )
  {
    for ( size_t f = 0; f < kFields.size(); ++f )
    {
      if ( field->name == kFields[f].name )
        values.push_back( h.values[f] );
    }
  }
  return values;
}

struct Quality
{
  double auc = 0;
  double top10 = 0;
  double reference = 0;
  double wijkCorrelation = 0;
  double wijkMae = 0;
  double expectedTotal = 0;
  long long referenceCount = 0;
};

Quality evaluate( const Profile &profile, ScoringMethod method, const std::vector<Household> &households, int wijken, double prevalence )
{
  // The two passes of targetgroup:scorehouseholds without PREVALENCE_AREAS.
  const size_t n = households.size();
  std::vector<long long> bins( n ); // for the ranking below
  ScoringSession session( profile, method, prevalence );
  for ( size_t i = 0; i < n; ++i )
    bins[i] = scoreBin( session.addHousehold( valuesFor( session, households[i] ), ScoringSession::kOutsideEveryGroup ) );
  session.finishCalibration();

  Quality quality;
  AreaAggregationSession perWijk( static_cast<size_t>( wijken ) );
  long long targets = 0, caughtByReference = 0;
  std::vector<double> expected( wijken, 0.0 ), truth( wijken, 0.0 );
  for ( size_t i = 0; i < n; ++i )
  {
    const ScoredHousehold scored = session.scoreHousehold( valuesFor( session, households[i] ), ScoringSession::kOutsideEveryGroup );
    perWijk.addHousehold( households[i].wijk, scored.probability, scored.inReferenceGroup, households[i].isMember );
    if ( households[i].isTarget )
    {
      ++targets;
      truth[households[i].wijk] += 1;
      caughtByReference += scored.inReferenceGroup;
    }
  }
  session.finishScoring();
  quality.expectedTotal = session.writtenExpectedTotal();
  quality.referenceCount = session.referenceCount();
  for ( int w = 0; w < wijken; ++w )
    expected[w] = perWijk.totals( w ).expected;
  quality.reference = static_cast<double>( caughtByReference ) / targets;

  // Ranking by score, ties in reading order (as tg_ref): top 10%.
  std::vector<size_t> order( n );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(), [&]( size_t a, size_t b )
                    { return bins[a] > bins[b]; } );
  long long caughtTop = 0;
  for ( size_t r = 0; r < n / 10; ++r )
    caughtTop += households[order[r]].isTarget;
  quality.top10 = static_cast<double>( caughtTop ) / targets;

  // AUC (Mann-Whitney), tied scores counted half.
  double rankSumTargets = 0;
  for ( size_t start = 0; start < n; )
  {
    size_t end = start;
    while ( end < n && bins[order[end]] == bins[order[start]] )
      ++end;
    // Ranks from the bottom: positions n - end + 1 .. n - start, averaged.
    const double averageRank = ( static_cast<double>( n - end + 1 ) + static_cast<double>( n - start ) ) / 2.0;
    for ( size_t r = start; r < end; ++r )
      rankSumTargets += households[order[r]].isTarget ? averageRank : 0.0;
    start = end;
  }
  const double positives = static_cast<double>( targets ), negatives = static_cast<double>( n ) - positives;
  quality.auc = ( rankSumTargets - positives * ( positives + 1 ) / 2 ) / ( positives * negatives );

  // Per wijk: Pearson correlation and mean absolute error of expected vs true.
  double meanE = 0, meanT = 0;
  for ( int w = 0; w < wijken; ++w )
  {
    meanE += expected[w] / wijken;
    meanT += truth[w] / wijken;
  }
  double covariance = 0, varianceE = 0, varianceT = 0, absolute = 0;
  for ( int w = 0; w < wijken; ++w )
  {
    covariance += ( expected[w] - meanE ) * ( truth[w] - meanT );
    varianceE += ( expected[w] - meanE ) * ( expected[w] - meanE );
    varianceT += ( truth[w] - meanT ) * ( truth[w] - meanT );
    absolute += std::fabs( expected[w] - truth[w] );
  }
  quality.wijkCorrelation = varianceE > 0 && varianceT > 0 ? covariance / std::sqrt( varianceE * varianceT ) : 0.0;
  quality.wijkMae = absolute / wijken;
  return quality;
}

void printRow( const char *base, const char *method, const Quality &q )
{
  std::printf( "| %-14s | %-44s | %.3f | %5.1f%% | %5.1f%% | %.3f | %6.2f | %10.1f | %6lld |\n", base, method, q.auc, 100 * q.top10, 100 * q.reference,
               q.wijkCorrelation, q.wijkMae, q.expectedTotal, q.referenceCount );
}

} // namespace

//! The demo households: fields as kFields, wijk from area_code. Empty when the file cannot be read.
std::vector<Household> readDemo( const QString &path, int &wijken )
{
  QgsVectorLayer layer( QStringLiteral( "%1|layername=households" ).arg( path ), QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
  std::vector<Household> households;
  if ( !layer.isValid() )
    return households;
  QList<int> indexes;
  QVector<bool> numeric;
  for ( const FieldDefinition &field : kFields )
  {
    indexes << layer.fields().lookupField( QString::fromLatin1( field.name ) );
    numeric << targetgroup::isNumericProfileField( layer.fields().at( indexes.last() ) );
  }
  const int area = layer.fields().lookupField( QStringLiteral( "area_code" ) );
  const int loans = layer.fields().lookupField( QStringLiteral( "easy_read_loans" ) );
  const int language = layer.fields().lookupField( QStringLiteral( "first_lang" ) );
  const int member = layer.fields().lookupField( QStringLiteral( "is_member" ) );
  const int truth = layer.fields().lookupField( QStringLiteral( "tg_truth" ) );
  std::map<QString, int> wijkIndex;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    Household h;
    h.values = targetgroup::toFieldValues( feature.attributes(), indexes, numeric );
    const QString code = feature.attribute( area ).toString();
    h.wijk = wijkIndex.emplace( code, static_cast<int>( wijkIndex.size() ) ).first->second;
    h.isSeed = feature.attribute( loans ).toInt() > 0 && feature.attribute( language ).toString() == QLatin1String( "nl" );
    h.isMember = feature.attribute( member ).toInt() == 1;
    h.isTarget = feature.attribute( truth ).toInt() == 1;
    households.push_back( std::move( h ) );
  }
  wijken = static_cast<int>( wijkIndex.size() );
  return households;
}

//! Runs targetgroup:scorehouseholds in process on the demo data and prints its results.
void runAlgorithmOnDemo( const QString &path, const Profile &profile, double prevalence )
{
  QTemporaryDir directory;
  const QString profilePath = directory.filePath( QStringLiteral( "demo.json" ) );
  targetgroup::writeProfileFile( profile, profilePath );
  targetgroup::ScoreHouseholdsAlgorithm prototype;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  QVariantMap parameters;
  parameters.insert( targetgroup::ScoreHouseholdsAlgorithm::INPUT, QStringLiteral( "%1|layername=households" ).arg( path ) );
  parameters.insert( targetgroup::ScoreHouseholdsAlgorithm::PROFILE, profilePath );
  parameters.insert( targetgroup::ScoreHouseholdsAlgorithm::PREVALENCE, prevalence );
  parameters.insert( targetgroup::ScoreHouseholdsAlgorithm::OUTPUT, directory.filePath( QStringLiteral( "scored.gpkg" ) ) );
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok );
  if ( !ok )
  {
    std::printf( "targetgroup:scorehouseholds failed\n" );
    return;
  }
  QgsVectorLayer scored( results.value( targetgroup::ScoreHouseholdsAlgorithm::OUTPUT ).toString(), QStringLiteral( "scored" ), QStringLiteral( "ogr" ) );
  double sum = 0;
  long long reference = 0, households = 0;
  QgsFeature feature;
  QgsFeatureIterator it = scored.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    sum += feature.attribute( QStringLiteral( "tg_prob" ) ).toDouble();
    reference += feature.attribute( QStringLiteral( "tg_ref" ) ).toInt();
    ++households;
  }
  std::printf( "\ntargetgroup:scorehouseholds on the demo data (METHOD 0, base all): N = %lld, PREVALENCE x N = %.4f, "
               "EXPECTED_TOTAL = %.6f, sum of tg_prob read back = %.6f (relative difference %.2g), REFERENCE_COUNT = %lld, "
               "tg_ref = 1 read back: %lld (round(PREVALENCE x N) = %lld), UNSEEN_VALUES = %lld\n",
               households, prevalence * households, results.value( targetgroup::ScoreHouseholdsAlgorithm::EXPECTED_TOTAL ).toDouble(), sum,
               sum / ( prevalence * households ) - 1.0, results.value( targetgroup::ScoreHouseholdsAlgorithm::REFERENCE_COUNT ).toLongLong(), reference,
               static_cast<long long>( std::llround( prevalence * households ) ), results.value( targetgroup::ScoreHouseholdsAlgorithm::UNSEEN_VALUES ).toLongLong() );
}

void printTable( const std::vector<Household> &households, int wijken, double prevalence, const char *description )
{
  long long targets = 0, seeds = 0, members = 0;
  for ( const Household &h : households )
  {
    targets += h.isTarget;
    seeds += h.isSeed;
    members += h.isMember;
  }
  std::printf( "%s: %zu households in %d wijken: %lld true targets (%.1f%%), %lld seed, %lld members; PREVALENCE %.3f\n\n",
               description, households.size(), wijken, targets, 100.0 * targets / households.size(), seeds, members, prevalence );
  std::printf( "| Base           | Method                                       | AUC   | top 10%% | ref.grp | wijk r | wijk MAE | Σ tg_prob  | ref.n  |\n" );
  std::printf( "|----------------|----------------------------------------------|-------|--------|--------|-------|--------|------------|--------|\n" );
  for ( const bool membersOnly : { false, true } )
  {
    const char *base = membersOnly ? "is_member = 1" : "all";
    const Profile profile = buildProfile( households, membersOnly );
    printRow( base, "0 profile likelihood (default)", evaluate( profile, ScoringMethod::ProfileLikelihood, households, wijken, prevalence ) );
    printRow( base, "1 central-profile similarity", evaluate( profile, ScoringMethod::CentralProfileSimilarity, households, wijken, prevalence ) );
    printRow( base, "baseline: segment index alone", evaluate( onlyFields( profile, { "segment" }, true ), ScoringMethod::ProfileLikelihood, households, wijken, prevalence ) );
    // Diagnostic: the same likelihood ratios without the profile's correlation weights (naive Bayes).
    Profile unweighted = profile;
    for ( ProfileField &field : unweighted.fields )
      field.scoringWeight = 1.0;
    printRow( base, "diagnostic: method 0, all field weights 1", evaluate( unweighted, ScoringMethod::ProfileLikelihood, households, wijken, prevalence ) );
  }
}

int main( int argc, char **argv )
{
  if ( argc > 1 && std::string( argv[1] ) == "--demo" )
  {
    QgsApplication application( argc, argv, false );
    QgsApplication::initQgis();
    const QString path = argc > 2 ? QString::fromLocal8Bit( argv[2] ) : QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg" );
    const double prevalence = argc > 3 ? std::atof( argv[3] ) : 0.10;
    int wijken = 0;
    const std::vector<Household> households = readDemo( path, wijken );
    if ( households.empty() )
    {
      std::fprintf( stderr, "cannot read households from %s\n", path.toLocal8Bit().constData() );
      return 1;
    }
    printTable( households, wijken, prevalence, "Demo data" );
    runAlgorithmOnDemo( path, buildProfile( households, false ), prevalence );
    QgsApplication::exitQgis();
    return 0;
  }

  const int wijken = argc > 1 ? std::atoi( argv[1] ) : 120;
  const int perWijk = argc > 2 ? std::atoi( argv[2] ) : 800;
  const std::uint64_t seed = argc > 3 ? std::strtoull( argv[3], nullptr, 10 ) : 20240501ULL;
  const double prevalence = argc > 4 ? std::atof( argv[4] ) : 0.10;

  const std::vector<Household> households = generate( wijken, perWijk, seed );
  const std::string description = "Generated (seed " + std::to_string( seed ) + ")";
  printTable( households, wijken, prevalence, description.c_str() );
  return 0;
}
