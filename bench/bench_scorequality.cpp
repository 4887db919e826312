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
//        bench_scorequality --pu [wijken=200] [households per wijk=1000] [seed=20240501]
//            the 12 configurations of issue 12 (seed 300 / 1,000 / 4,000; base all / members;
//            seed noise 0% / 30%): likelihood, PU logistic, the default chosen by the
//            self-assessment, the segment baseline and an oracle logistic model fitted on the
//            truth; then the self-assessment against the true ranking, and calibration to
//            the true per-gemeente prevalences (gemeente = 10 consecutive wijken)
//        bench_scorequality --fit-speed [households=1000000] [fields=20]
//            time to code and fit the PU logistic model
//        bench_scorequality --demo [path to foodvalley.gpkg] [prevalence=0.10]
// The --demo form reads the demo households (wijk = area_code), builds the
// profile with the same engine, and for the default method also runs the real
// targetgroup:scorehouseholds algorithm in process and checks its output.

#include <qgsfeature.h> // before fieldvalues.h, which uses QgsAttributes without including it

#include "common/fieldvalues.h"
#include "common/profilefile.h"
#include "engine/aggregationsession.h"
#include "engine/profilebuilder.h"
#include "engine/pulogistic.h"
#include "engine/scoringsession.h"
#include "engine/synthetichouseholds.h"
#include "scorehouseholdsalgorithm.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <optional>
#include <random>
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
  double shareCorrelation = 0; //!< per wijk: expected share vs true share
  double shareMae = 0;         //!< in percentage points
  double expectedTotal = 0;
  long long referenceCount = 0;
  double slope = 1.0; //!< fitted calibration slope
};

//! Calibration groups for evaluate(): gemeente g = wijk / wijkenPerGemeente, calibrated to prevalences[g].
struct Gemeenten
{
  int wijkenPerGemeente = 10;
  std::vector<double> prevalences;
  double slope = 1.0;    //!< applied to every score before calibration (a fixed slope, for comparison)
  bool fitSlope = false; //!< slope calibration as scorehouseholds' FIT_SLOPE does it
};

Quality evaluate( const Profile &profile, ScoringMethod method, const std::vector<Household> &households, int wijken, double prevalence, const Gemeenten *gemeenten = nullptr )
{
  // The two passes of targetgroup:scorehouseholds, with PREVALENCE_AREAS = gemeenten when given.
  const size_t n = households.size();
  std::vector<long long> bins( n ); // for the ranking below
  Profile scaled = profile;
  if ( gemeenten && gemeenten->slope != 1.0 )
  {
    for ( ProfileField &field : scaled.fields )
    {
      field.scoringWeight *= gemeenten->slope; // scales the likelihood contributions
      for ( ProfileCategory &category : field.categories )
        category.coefficient *= gemeenten->slope;
    }
  }
  std::optional<ScoringSession> holder;
  if ( gemeenten )
    holder.emplace( scaled, method, gemeenten->prevalences, prevalence );
  else
    holder.emplace( scaled, method, prevalence );
  ScoringSession &session = *holder;
  session.setSlopeCalibration( gemeenten && gemeenten->fitSlope );
  auto groupOf = [&]( const Household &h )
  { return gemeenten ? h.wijk / gemeenten->wijkenPerGemeente : ScoringSession::kOutsideEveryGroup; };
  for ( size_t i = 0; i < n; ++i )
    bins[i] = scoreBin( session.addHousehold( valuesFor( session, households[i] ), groupOf( households[i] ) ) );
  session.finishCalibration();

  Quality quality;
  quality.slope = session.slopeFit().slope;
  AreaAggregationSession perWijk( static_cast<size_t>( wijken ) );
  long long targets = 0, caughtByReference = 0;
  std::vector<double> expected( wijken, 0.0 ), truth( wijken, 0.0 );
  for ( size_t i = 0; i < n; ++i )
  {
    const ScoredHousehold scored = session.scoreHousehold( valuesFor( session, households[i] ), groupOf( households[i] ) );
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

  std::vector<double> sizes( wijken, 0.0 );
  for ( const Household &h : households )
    sizes[h.wijk] += 1;
  double meanSE = 0, meanST = 0;
  for ( int w = 0; w < wijken; ++w )
  {
    meanSE += expected[w] / sizes[w] / wijken;
    meanST += truth[w] / sizes[w] / wijken;
  }
  double cov = 0, varSE = 0, varST = 0, absShare = 0;
  for ( int w = 0; w < wijken; ++w )
  {
    const double e = expected[w] / sizes[w] - meanSE, t = truth[w] / sizes[w] - meanST;
    cov += e * t;
    varSE += e * e;
    varST += t * t;
    absShare += std::fabs( expected[w] / sizes[w] - truth[w] / sizes[w] );
  }
  quality.shareCorrelation = varSE > 0 && varST > 0 ? cov / std::sqrt( varSE * varST ) : 0.0;
  quality.shareMae = 100 * absShare / wijken;
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

Profile withPuLogistic( Profile profile, const std::vector<Household> &households, bool membersOnly );

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
    printRow( base, "0 profile likelihood", evaluate( profile, ScoringMethod::ProfileLikelihood, households, wijken, prevalence ) );
    printRow( base, "1 central-profile similarity", evaluate( profile, ScoringMethod::CentralProfileSimilarity, households, wijken, prevalence ) );
    const Profile full = withPuLogistic( profile, households, membersOnly );
    printRow( base, "2 PU logistic", evaluate( full, ScoringMethod::PuLogistic, households, wijken, prevalence ) );
    std::printf( "|                | (self-assessment: AUC %.3f likelihood, %.3f PU logistic: default = %s) | | | | | | | |\n", full.selfAssessment.likelihood.auc,
                 full.selfAssessment.puLogistic.auc, scoringMethodName( full.selfAssessment.recommended ) );
    printRow( base, "baseline: segment index alone", evaluate( onlyFields( profile, { "segment" }, true ), ScoringMethod::ProfileLikelihood, households, wijken, prevalence ) );
    // Diagnostic: the same likelihood ratios without the profile's correlation weights (naive Bayes).
    Profile unweighted = profile;
    for ( ProfileField &field : unweighted.fields )
      field.scoringWeight = 1.0;
    printRow( base, "diagnostic: method 0, all field weights 1", evaluate( unweighted, ScoringMethod::ProfileLikelihood, households, wijken, prevalence ) );
  }
}

//! The profile with the PU logistic model and the self-assessment, as buildprofile makes it.
Profile withPuLogistic( Profile profile, const std::vector<Household> &households, bool membersOnly )
{
  CodedHouseholds coded( profile );
  for ( const Household &h : households )
  {
    if ( !membersOnly || h.isMember )
      coded.add( h.values, h.isSeed );
  }
  const PuLogisticOptions options;
  const PuLogisticFit fit = fitPuLogistic( coded, scoringBaseShares( profile ), options );
  storeLogisticModel( profile, fit, options, coded );
  profile.selfAssessment = assessBySeedFolds( profile, coded, 5, options, &fit );
  return profile;
}

//! The profile's categories with coefficients fitted on the truth (target vs not) over all households: the ceiling.
Profile oracleProfile( Profile profile, const std::vector<Household> &households )
{
  CodedHouseholds coded( profile, static_cast<long long>( households.size() ) );
  for ( const Household &h : households )
    coded.add( h.values, h.isTarget );
  const PuLogisticOptions options;
  const PuLogisticFit fit = fitPuLogistic( coded, scoringBaseShares( profile ), options );
  storeLogisticModel( profile, fit, options, coded );
  return profile;
}

//! Seed flags for a configuration: (1 - noise) x size target members and noise x size non-target
//! members with Dutch as first language (readers of easy books who are not low-literate), at random.
void drawSeed( std::vector<Household> &households, int size, double noise, std::uint64_t seed )
{
  std::vector<size_t> targets, others;
  for ( size_t i = 0; i < households.size(); ++i )
  {
    households[i].isSeed = false;
    if ( !households[i].isMember )
      continue;
    if ( households[i].isTarget )
      targets.push_back( i );
    else if ( households[i].values[7].text && *households[i].values[7].text == "nl" )
      others.push_back( i );
  }
  std::mt19937_64 random( seed );
  std::shuffle( targets.begin(), targets.end(), random );
  std::shuffle( others.begin(), others.end(), random );
  const size_t noisy = static_cast<size_t>( std::lround( noise * size ) );
  const size_t clean = static_cast<size_t>( size ) - noisy;
  for ( size_t i = 0; i < clean && i < targets.size(); ++i )
    households[targets[i]].isSeed = true;
  for ( size_t i = 0; i < noisy && i < others.size(); ++i )
    households[others[i]].isSeed = true;
  if ( clean > targets.size() )
    std::printf( "(only %zu target members for a seed of %zu)\n", targets.size(), clean );
}

double pearson( const std::vector<double> &a, const std::vector<double> &b )
{
  const double n = static_cast<double>( a.size() );
  const double meanA = std::accumulate( a.begin(), a.end(), 0.0 ) / n, meanB = std::accumulate( b.begin(), b.end(), 0.0 ) / n;
  double covariance = 0, varianceA = 0, varianceB = 0;
  for ( size_t i = 0; i < a.size(); ++i )
  {
    covariance += ( a[i] - meanA ) * ( b[i] - meanB );
    varianceA += ( a[i] - meanA ) * ( a[i] - meanA );
    varianceB += ( b[i] - meanB ) * ( b[i] - meanB );
  }
  return covariance / std::sqrt( varianceA * varianceB );
}

void runPuBenchmark( std::vector<Household> &households, int wijken, std::uint64_t seed )
{
  long long targets = 0, members = 0;
  for ( const Household &h : households )
  {
    targets += h.isTarget;
    members += h.isMember;
  }
  const double prevalence = static_cast<double>( targets ) / households.size();
  std::printf( "Generated (seed %llu): %zu households in %d wijken, %lld true targets (%.1f%%), %lld members. PREVALENCE = the true share.\n\n",
               static_cast<unsigned long long>( seed ), households.size(), wijken, targets, 100 * prevalence, members );
  std::printf( "| seed | base | noise | AUC lik | AUC PU | AUC seg | AUC oracle | AUC default (choice) | top10 lik | top10 PU | top10 default | top10 oracle | wijk r lik / PU | wijk MAE lik / PU | self AUC lik / PU | fit+assess s |\n" );
  std::printf( "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n" );
  std::vector<double> selfAuc, trueAuc;
  double sumLik = 0, sumDefault = 0, sumOracle = 0, worstShortfall = 0;
  int rightChoices = 0, configurations = 0;
  for ( const int seedSize : { 300, 1000, 4000 } )
  {
    for ( const bool membersOnly : { false, true } )
    {
      for ( const double noise : { 0.0, 0.3 } )
      {
        drawSeed( households, seedSize, noise, seed + static_cast<std::uint64_t>( seedSize ) + ( noise > 0 ? 7 : 0 ) );
        const Profile profile = buildProfile( households, membersOnly );
        const auto start = std::chrono::steady_clock::now();
        const Profile full = withPuLogistic( profile, households, membersOnly );
        const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
        const Quality lik = evaluate( full, ScoringMethod::ProfileLikelihood, households, wijken, prevalence );
        const Quality pu = evaluate( full, ScoringMethod::PuLogistic, households, wijken, prevalence );
        const Quality segment = evaluate( onlyFields( profile, { "segment" }, true ), ScoringMethod::ProfileLikelihood, households, wijken, prevalence );
        const Quality oracle = evaluate( oracleProfile( profile, households ), ScoringMethod::PuLogistic, households, wijken, prevalence );
        const bool logistic = full.selfAssessment.recommended == ScoringMethod::PuLogistic;
        const Quality &chosen = logistic ? pu : lik;
        const ProfileSelfAssessment &self = full.selfAssessment;
        std::printf( "| %d | %s | %.0f%% | %.3f | %.3f | %.3f | %.3f | %.3f (%s) | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.3f / %.3f | %.1f / %.1f | %.3f / %.3f | %.1f |\n", seedSize,
                     membersOnly ? "members" : "all", 100 * noise, lik.auc, pu.auc, segment.auc, oracle.auc, chosen.auc, logistic ? "PU" : "lik",
                     100 * lik.top10, 100 * pu.top10, 100 * chosen.top10, 100 * oracle.top10, lik.wijkCorrelation, pu.wijkCorrelation, lik.wijkMae, pu.wijkMae,
                     self.likelihood.auc, self.puLogistic.auc, seconds );
        std::fflush( stdout );
        selfAuc.push_back( self.likelihood.auc );
        trueAuc.push_back( lik.auc );
        selfAuc.push_back( self.puLogistic.auc );
        trueAuc.push_back( pu.auc );
        sumLik += lik.auc;
        sumDefault += chosen.auc;
        sumOracle += oracle.auc;
        worstShortfall = std::max( worstShortfall, std::max( lik.auc, pu.auc ) - chosen.auc );
        rightChoices += ( pu.auc >= lik.auc ) == logistic ? 1 : 0;
        ++configurations;
      }
    }
  }
  std::printf( "\nDefault vs the better method: largest shortfall %.4f AUC (target <= 0.005); the self-assessment chose the truly better method in %d of %d configurations.\n",
               worstShortfall, rightChoices, configurations );
  std::printf( "Mean AUC: likelihood %.4f, default %.4f, oracle %.4f: the default closes %.0f%% of the gap (target >= 50%%).\n", sumLik / configurations,
               sumDefault / configurations, sumOracle / configurations, 100 * ( sumDefault - sumLik ) / ( sumOracle - sumLik ) );
  std::printf( "Self-assessed AUC vs true AUC over the %zu method x configuration pairs: r = %.3f (the self-assessment ranks seed among the base, the truth targets among all).\n",
               selfAuc.size(), pearson( selfAuc, trueAuc ) );

  // Calibration to the true per-gemeente prevalences (gemeente = 10 consecutive wijken).
  Gemeenten gemeenten;
  const int gemeenteCount = ( wijken + gemeenten.wijkenPerGemeente - 1 ) / gemeenten.wijkenPerGemeente;
  std::vector<double> gemeenteTargets( gemeenteCount, 0 ), gemeenteSizes( gemeenteCount, 0 );
  for ( const Household &h : households )
  {
    gemeenteTargets[h.wijk / gemeenten.wijkenPerGemeente] += h.isTarget;
    gemeenteSizes[h.wijk / gemeenten.wijkenPerGemeente] += 1;
  }
  for ( int g = 0; g < gemeenteCount; ++g )
    gemeenten.prevalences.push_back( gemeenteTargets[g] / gemeenteSizes[g] );
  const auto [lowest, highest] = std::minmax_element( gemeenten.prevalences.begin(), gemeenten.prevalences.end() );
  drawSeed( households, 1000, 0.0, seed + 1000 );
  const Profile calibrationProfile = withPuLogistic( buildProfile( households, false ), households, false );
  std::printf( "\nCalibration (seed 1,000, base all; the self-assessment recommends %s): %d gemeenten with true prevalences %.1f%% to %.1f%%\n", scoringMethodName( calibrationProfile.selfAssessment.recommended ), gemeenteCount,
               100 * *lowest, 100 * *highest );
  for ( const ScoringMethod method : { ScoringMethod::ProfileLikelihood, ScoringMethod::PuLogistic } )
  {
    gemeenten.slope = 1.0;
    gemeenten.fitSlope = false;
    std::printf( "\nMethod %s\n\n| calibration | wijk share r | wijk share MAE (pp) | wijk count r | wijk count MAE |\n|---|---|---|---|---|\n", scoringMethodName( method ) );
    const Quality single = evaluate( calibrationProfile, method, households, wijken, prevalence );
    std::printf( "| single PREVALENCE (true overall) | %.3f | %.2f | %.3f | %.1f |\n", single.shareCorrelation, single.shareMae, single.wijkCorrelation, single.wijkMae );
    const Quality perGemeente = evaluate( calibrationProfile, method, households, wijken, prevalence, &gemeenten );
    std::printf( "| per gemeente, intercepts only (s = 1) | %.3f | %.2f | %.3f | %.1f |\n", perGemeente.shareCorrelation, perGemeente.shareMae, perGemeente.wijkCorrelation, perGemeente.wijkMae );
    gemeenten.fitSlope = true;
    const Quality fitted = evaluate( calibrationProfile, method, households, wijken, prevalence, &gemeenten );
    std::printf( "| per gemeente, fitted slope s = %.3f (FIT_SLOPE) | %.3f | %.2f | %.3f | %.1f |\n", fitted.slope, fitted.shareCorrelation, fitted.shareMae, fitted.wijkCorrelation, fitted.wijkMae );
    gemeenten.fitSlope = false;
    for ( const double slope : { 1.5, 2.0 } )
    {
      gemeenten.slope = slope;
      const Quality sloped = evaluate( calibrationProfile, method, households, wijken, prevalence, &gemeenten );
      std::printf( "| per gemeente, fixed slope s = %.2f (for comparison) | %.3f | %.2f | %.3f | %.1f |\n", slope, sloped.shareCorrelation, sloped.shareMae, sloped.wijkCorrelation, sloped.wijkMae );
    }
  }
}

void runFitSpeed( long long households, int fields )
{
  // Random categories (6 per field), a logistic truth on half of the fields, 2% seed.
  Profile profile;
  for ( int f = 0; f < fields; ++f )
  {
    ProfileField field;
    field.name = "f" + std::to_string( f );
    for ( int c = 0; c < 6; ++c )
      field.categories.push_back( { std::to_string( c ), 0, 0 } );
    profile.fields.push_back( field );
  }
  std::mt19937_64 random( 1 );
  std::uniform_int_distribution<int> category( 0, 5 );
  std::uniform_real_distribution<double> uniform( 0, 1 );
  const auto start = std::chrono::steady_clock::now();
  CodedHouseholds coded( profile );
  std::vector<std::uint8_t> codes( fields );
  for ( long long i = 0; i < households; ++i )
  {
    double logit = -5.0;
    for ( int f = 0; f < fields; ++f )
    {
      codes[f] = static_cast<std::uint8_t>( category( random ) );
      if ( f % 2 == 0 )
        logit += 0.3 * codes[f] - 0.75;
      ++profile.fields[f].categories[codes[f]].baseCount;
    }
    const bool isSeed = uniform( random ) < 1 / ( 1 + std::exp( -logit ) );
    coded.addCodes( codes, isSeed );
    profile.baseCount++;
  }
  const auto coded_at = std::chrono::steady_clock::now();
  const PuLogisticOptions options;
  const PuLogisticFit fit = fitPuLogistic( coded, scoringBaseShares( profile ), options );
  const auto fitted = std::chrono::steady_clock::now();
  std::printf( "%lld households, %d fields x 6 categories: %lld seed, %lld of %lld others kept; codes %.1f MB; "
               "coding (incl. drawing) %.2f s, fit %.2f s (%d Newton iterations, converged %s, %d threads)\n",
               households, fields, coded.seedRows(), coded.unlabelledKept(), coded.unlabelledSeen(), coded.rows() * fields / 1e6,
               std::chrono::duration<double>( coded_at - start ).count(), std::chrono::duration<double>( fitted - coded_at ).count(), fit.iterations,
               fit.converged ? "yes" : "no", options.threads );
}

int main( int argc, char **argv )
{
  if ( argc > 1 && std::string( argv[1] ) == "--fit-speed" )
  {
    runFitSpeed( argc > 2 ? std::atoll( argv[2] ) : 1000000, argc > 3 ? std::atoi( argv[3] ) : 20 );
    return 0;
  }
  if ( argc > 1 && std::string( argv[1] ) == "--pu" )
  {
    const int wijken = argc > 2 ? std::atoi( argv[2] ) : 200;
    const int perWijk = argc > 3 ? std::atoi( argv[3] ) : 1000;
    const std::uint64_t seed = argc > 4 ? std::strtoull( argv[4], nullptr, 10 ) : 20240501ULL;
    std::vector<Household> households = generate( wijken, perWijk, seed );
    runPuBenchmark( households, wijken, seed );
    return 0;
  }
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
