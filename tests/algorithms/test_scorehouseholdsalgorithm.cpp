#include "common/outputschema.h"
#include "scorehouseholdsalgorithm.h"

#include "aggregateareasalgorithm.h"

#include "common/profilefile.h"
#include "testlayers.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsprocessing.h>
#include <qgsproject.h>

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace targetgroup;
using namespace targetgroup::test;
using Algorithm = ScoreHouseholdsAlgorithm;

namespace
{

// The engine test fixture (tests/engine/test_scoring.cpp): seed 20 of base 100, k = 10.
//   lang: nl seed 18 base 60, other seed 2 base 40
//   edu:  low seed 12 base 30, high seed 8 base 70 (scoringWeight 0.5)
engine::Profile fixtureProfile()
{
  engine::Profile profile;
  profile.seedCount = 20;
  profile.baseCount = 100;
  profile.priorStrength = 10;
  engine::ProfileField lang;
  lang.name = "lang";
  lang.categories = { { "nl", 18, 60 }, { "other", 2, 40 } };
  engine::ProfileField education;
  education.name = "edu";
  education.scoringWeight = 0.5;
  education.categories = { { "low", 12, 30 }, { "high", 8, 70 } };
  profile.fields = { lang, education };
  return profile;
}

class ScoreHouseholdsTest : public ::testing::Test
{
protected:
  QString writeProfile( const engine::Profile &profile )
  {
    const QString path = mDirectory.filePath( QStringLiteral( "profile%1.json" ).arg( mProfileCount++ ) );
    writeProfileFile( profile, path );
    return path;
  }

  std::unique_ptr<QgsVectorLayer> households()
  {
    return memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=lang:string&field=edu:string" ), QStringLiteral( "households" ) );
  }

  QVariantMap parameters( QgsVectorLayer *input, const QString &profilePath, double prevalence, int method = 0 )
  {
    QVariantMap map;
    map.insert( Algorithm::INPUT, QVariant::fromValue( input ) );
    map.insert( Algorithm::PROFILE, profilePath );
    map.insert( Algorithm::PREVALENCE, prevalence );
    map.insert( Algorithm::METHOD, method );
    map.insert( Algorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
    return map;
  }

  struct Scored
  {
    AlgorithmRun run;
    std::vector<double> probability, index;
    std::vector<int> reference;
  };

  Scored score( const QVariantMap &map )
  {
    Scored scored;
    scored.run = runAlgorithm( Algorithm(), map, mContext, mFeedback );
    if ( !scored.run.ok )
      return scored;
    std::unique_ptr<QgsVectorLayer> output = takeVectorLayer( mContext, scored.run.results.value( Algorithm::OUTPUT ) );
    EXPECT_TRUE( output );
    if ( !output )
      return scored;
    QgsFeature feature;
    QgsFeatureIterator it = output->getFeatures();
    while ( it.nextFeature( feature ) )
    {
      scored.probability.push_back( feature.attribute( schema::kProbability ).toDouble() );
      scored.index.push_back( feature.attribute( schema::kHouseholdIndex ).toDouble() );
      scored.reference.push_back( feature.attribute( schema::kReference ).toInt() );
    }
    return scored;
  }

  QTemporaryDir mDirectory;
  int mProfileCount = 0;
  QgsProcessingContext mContext;
  RecordingFeedback mFeedback;
};

double sum( const std::vector<double> &values )
{
  double total = 0;
  for ( const double value : values )
    total += value;
  return total;
}

int sum( const std::vector<int> &values )
{
  int total = 0;
  for ( const int value : values )
    total += value;
  return total;
}

} // namespace

TEST_F( ScoreHouseholdsTest, MetadataAndNoInPlaceEditing )
{
  const Algorithm algorithm;
  EXPECT_EQ( algorithm.name(), QStringLiteral( "scorehouseholds" ) );
  EXPECT_TRUE( algorithm.shortHelpString().contains( QStringLiteral( "PIAAC" ) ) );
  std::unique_ptr<QgsVectorLayer> layer = households();
  EXPECT_FALSE( algorithm.supportInPlaceEdit( layer.get() ) );
  std::unique_ptr<QgsProcessingAlgorithm> instance( algorithm.create() );
  for ( const QString &name : { Algorithm::INPUT, Algorithm::PROFILE, Algorithm::PREVALENCE, Algorithm::METHOD, Algorithm::PREVALENCE_AREAS, Algorithm::FIT_SLOPE,
                                Algorithm::PREVALENCE_FIELD, Algorithm::OUTPUT } )
    EXPECT_TRUE( instance->parameterDefinition( name ) ) << name.toStdString();
  EXPECT_DOUBLE_EQ( instance->parameterDefinition( Algorithm::PREVALENCE )->defaultValue().toDouble(), 0.10 );
  EXPECT_EQ( instance->parameterDefinition( Algorithm::METHOD )->defaultValue().toInt(), Algorithm::kMethodAsRecommended );
}

TEST_F( ScoreHouseholdsTest, ProfileLikelihoodHandComputed )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(1 0)" ) );
  const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.5 ) );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  ASSERT_EQ( scored.probability.size(), 2u );
  // s1 = ln(28/22) + 0.5 ln(22/16) = 0.400389 -> rounded 0.4004
  // s2 = ln(12/18) + 0.5 ln(18/24) = -0.549306 -> rounded -0.5493
  // PREVALENCE 0.5 with two households: b = -(s1 + s2)/2 = 0.07445,
  // p1 = logistic((s1 - s2)/2) = logistic(0.47485) = 0.616531, p2 = 1 - p1 = 0.383469.
  EXPECT_NEAR( scored.probability[0], 0.616531, 1e-6 );
  EXPECT_NEAR( scored.probability[1], 0.383469, 1e-6 );
  // Mean p = 0.5: index = 100 p / 0.5.
  EXPECT_NEAR( scored.index[0], 123.3062, 1e-3 );
  EXPECT_NEAR( scored.index[1], 76.6938, 1e-3 );
  // round(0.5 * 2) = 1: the higher one.
  EXPECT_EQ( scored.reference, ( std::vector<int>{ 1, 0 } ) );
  EXPECT_NEAR( scored.run.results.value( Algorithm::EXPECTED_TOTAL ).toDouble(), 1.0, 1e-9 );
  EXPECT_EQ( scored.run.results.value( Algorithm::REFERENCE_COUNT ).toLongLong(), 1 );
  EXPECT_EQ( scored.run.results.value( Algorithm::UNSEEN_VALUES ).toLongLong(), 0 );
  // A single prevalence: nothing to estimate a slope from.
  EXPECT_EQ( scored.run.results.value( Algorithm::SLOPE ).toDouble(), 1.0 );
}

TEST_F( ScoreHouseholdsTest, CentralProfileSimilarityHandComputed )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(1 0)" ) );
  const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.5, 1 ) );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  // Centred seed shares (see test_scoring.cpp): nl .32, other -.48, low .14, high -.06; slope 50/27.
  // s1 = .46 * 50/27 = 0.851852 -> 0.8519; s2 = -.54 * 50/27 = -1.
  // b = -(0.8519 - 1)/2 = 0.07405; p1 = logistic(0.92595) = 1 / (1 + 0.396156) = 0.716253; p2 = 0.283747.
  EXPECT_NEAR( scored.probability[0], 0.716253, 1e-6 );
  EXPECT_NEAR( scored.probability[1], 0.283747, 1e-6 );
  EXPECT_EQ( scored.reference, ( std::vector<int>{ 1, 0 } ) );
}

namespace
{

//! fixtureProfile() as format version 2 with a PU logistic model whose
//! coefficients reverse the likelihood ranking (edu: high above low), and a
//! self-assessment recommending `recommended`.
engine::Profile version2Profile( engine::ScoringMethod recommended )
{
  engine::Profile profile = fixtureProfile();
  profile.formatVersion = 2;
  profile.logisticModel.present = true;
  profile.logisticModel.seedRows = 20;
  profile.logisticModel.unlabelledRows = 80;
  profile.logisticModel.unlabelledTotal = 80;
  // lang nl 0.4, other -0.6; edu low -1, high 0.5
  profile.fields[0].categories[0].coefficient = 0.4;
  profile.fields[0].categories[1].coefficient = -0.6;
  profile.fields[1].categories[0].coefficient = -1.0;
  profile.fields[1].categories[1].coefficient = 0.5;
  profile.selfAssessment.folds = 5;
  profile.selfAssessment.likelihood = { 0.2, 0.4, 0.7, 20 };
  profile.selfAssessment.puLogistic = { 0.3, 0.5, 0.8, 20 };
  profile.selfAssessment.recommended = recommended;
  return profile;
}

} // namespace

TEST_F( ScoreHouseholdsTest, PuLogisticHandComputedAndTheDefaultFollowsTheProfile )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(1 0)" ) );
  const QString logisticProfile = writeProfile( version2Profile( engine::ScoringMethod::PuLogistic ) );
  const Scored logistic = score( parameters( layer.get(), logisticProfile, 0.5, 2 ) );
  ASSERT_TRUE( logistic.run.ok ) << logistic.run.error.toStdString();
  // s1 = 0.4 - 1 = -0.6, s2 = -0.6 + 0.5 = -0.1; PREVALENCE 0.5 with two households:
  // p1 = logistic((s1 - s2)/2) = logistic(-0.25) = 0.437823, p2 = 0.562177.
  EXPECT_NEAR( logistic.probability[0], 0.437823, 1e-6 );
  EXPECT_NEAR( logistic.probability[1], 0.562177, 1e-6 );
  EXPECT_EQ( logistic.reference, ( std::vector<int>{ 0, 1 } ) );
  EXPECT_TRUE( mFeedback.infos.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "Scoring method: PU logistic model." ) ) );

  // METHOD 3 (the default) follows the profile's recommendation.
  const Scored recommendedLogistic = score( parameters( layer.get(), logisticProfile, 0.5, Algorithm::kMethodAsRecommended ) );
  ASSERT_TRUE( recommendedLogistic.run.ok ) << recommendedLogistic.run.error.toStdString();
  EXPECT_EQ( recommendedLogistic.probability, logistic.probability );
  const QString likelihoodProfile = writeProfile( version2Profile( engine::ScoringMethod::ProfileLikelihood ) );
  const Scored recommendedLikelihood = score( parameters( layer.get(), likelihoodProfile, 0.5, Algorithm::kMethodAsRecommended ) );
  const Scored likelihood = score( parameters( layer.get(), likelihoodProfile, 0.5, 0 ) );
  ASSERT_TRUE( recommendedLikelihood.run.ok ) << recommendedLikelihood.run.error.toStdString();
  EXPECT_EQ( recommendedLikelihood.probability, likelihood.probability );
  EXPECT_NEAR( likelihood.probability[0], 0.616531, 1e-6 ); // as ProfileLikelihoodHandComputed
}

TEST_F( ScoreHouseholdsTest, Version1ProfileScoresWithTheLikelihoodMethod )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(1 0)" ) );
  engine::Profile profile = fixtureProfile();
  profile.formatVersion = 1;
  const QString path = writeProfile( profile );
  {
    QFile file( path );
    ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
    const QJsonObject root = QJsonDocument::fromJson( file.readAll() ).object();
    EXPECT_EQ( root.value( QStringLiteral( "format_version" ) ).toInt(), 1 );
    EXPECT_FALSE( root.contains( QStringLiteral( "logistic_model" ) ) );
  }
  const Scored byDefault = score( parameters( layer.get(), path, 0.5, Algorithm::kMethodAsRecommended ) );
  ASSERT_TRUE( byDefault.run.ok ) << byDefault.run.error.toStdString();
  EXPECT_NEAR( byDefault.probability[0], 0.616531, 1e-6 );
  EXPECT_NEAR( byDefault.probability[1], 0.383469, 1e-6 );
  const Scored likelihood = score( parameters( layer.get(), path, 0.5, 0 ) );
  EXPECT_EQ( likelihood.probability, byDefault.probability );

  const Scored logistic = score( parameters( layer.get(), path, 0.5, 2 ) );
  EXPECT_FALSE( logistic.run.ok );
  EXPECT_TRUE( logistic.run.error.contains( QStringLiteral( "METHOD 2 (PU logistic model) needs a profile that holds the model" ) ) ) << logistic.run.error.toStdString();
  EXPECT_TRUE( logistic.run.error.contains( QStringLiteral( "format version 1" ) ) ) << logistic.run.error.toStdString();
  EXPECT_TRUE( logistic.run.error.contains( path ) ) << logistic.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, CalibrationSumAndReferenceSize )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  // 203 households over the four combinations and some NULL education (unseen: neutral).
  const char *langs[] = { "nl", "other" };
  const char *educations[] = { "low", "high" };
  for ( int i = 0; i < 203; ++i )
  {
    const QVariant education = i % 29 == 0 ? QVariant() : QVariant( QString::fromLatin1( educations[( i / 2 ) % 2] ) );
    addFeature( layer.get(), { QString::fromLatin1( langs[i % 2] ), education }, QStringLiteral( "Point(%1 0)" ).arg( i ) );
  }
  for ( const int method : { 0, 1 } )
  {
    const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.137, method ) );
    ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
    // PREVALENCE x N = 0.137 * 203 = 27.811 -> reference round(27.811) = 28.
    EXPECT_NEAR( sum( scored.probability ) / 27.811, 1.0, 1e-9 );
    EXPECT_NEAR( scored.run.results.value( Algorithm::EXPECTED_TOTAL ).toDouble(), 27.811, 1e-6 );
    EXPECT_EQ( sum( scored.reference ), 28 );
    EXPECT_EQ( scored.run.results.value( Algorithm::REFERENCE_COUNT ).toInt(), 28 );
    EXPECT_NEAR( sum( scored.index ) / 203, 100.0, 1e-9 );
    // The reference group is the highest probabilities.
    double lowestIn = 1, highestOut = 0;
    for ( size_t i = 0; i < scored.probability.size(); ++i )
    {
      if ( scored.reference[i] )
        lowestIn = std::min( lowestIn, scored.probability[i] );
      else
        highestOut = std::max( highestOut, scored.probability[i] );
    }
    EXPECT_GE( lowestIn, highestOut );
    // i % 29 == 0: 7 households with NULL education, unseen (no "(missing)" category).
    EXPECT_EQ( scored.run.results.value( Algorithm::UNSEEN_VALUES ).toInt(), 7 );
  }
}

TEST_F( ScoreHouseholdsTest, TiesAtTheCutOffGoToTheFirstFeatureIds )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  // 1 high scorer, then 4 identical ones: PREVALENCE 0.6 of 5 = 3 -> the high one and the first two identical.
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(1 0)" ) );
  for ( int i = 0; i < 4; ++i )
    addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(%1 1)" ).arg( i ) );
  const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.5 ) );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  // N = 6, round(0.5 * 6) = 3: the nl/low household (id 2) and the first two other/high (ids 1 and 3).
  EXPECT_EQ( scored.reference, ( std::vector<int>{ 1, 1, 1, 0, 0, 0 } ) );
  EXPECT_EQ( scored.probability[0], scored.probability[5] );
}

TEST_F( ScoreHouseholdsTest, PrevalenceZeroAndOneAreExact )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "Point(1 0)" ) );
  const QString profile = writeProfile( fixtureProfile() );
  const Scored none = score( parameters( layer.get(), profile, 0.0 ) );
  ASSERT_TRUE( none.run.ok ) << none.run.error.toStdString();
  EXPECT_EQ( none.probability, ( std::vector<double>{ 0.0, 0.0 } ) );
  EXPECT_EQ( none.reference, ( std::vector<int>{ 0, 0 } ) );
  EXPECT_EQ( none.index, ( std::vector<double>{ 100.0, 100.0 } ) );
  const Scored all = score( parameters( layer.get(), profile, 1.0 ) );
  ASSERT_TRUE( all.run.ok ) << all.run.error.toStdString();
  EXPECT_EQ( all.probability, ( std::vector<double>{ 1.0, 1.0 } ) );
  EXPECT_EQ( all.reference, ( std::vector<int>{ 1, 1 } ) );
}

TEST_F( ScoreHouseholdsTest, MissingAndUnseenValues )
{
  engine::Profile profile = fixtureProfile();
  // A "(missing)" category for edu: NULL is then a known value, not unseen.
  profile.fields[1].categories = { { "low", 11, 28 }, { "high", 8, 67 }, { engine::kMissingCategory, 1, 5 } };
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QVariant() }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "fr" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(1 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "fr" ), QStringLiteral( "mid" ) }, QStringLiteral( "Point(2 0)" ) );
  addFeature( layer.get(), { QVariant(), QStringLiteral( "  " ) }, QStringLiteral( "Point(3 0)" ) ); // lang NULL: unseen; blank edu = missing
  const Scored scored = score( parameters( layer.get(), writeProfile( profile ), 0.25 ) );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  // Unseen: fr (twice), mid, lang NULL -> 4 values, 3 distinct warnings.
  EXPECT_EQ( scored.run.results.value( Algorithm::UNSEEN_VALUES ).toInt(), 4 );
  const QString warnings = mFeedback.warnings.join( QLatin1Char( '\n' ) );
  EXPECT_EQ( warnings.count( QStringLiteral( "“lang”: value “fr”" ) ), 1 ) << warnings.toStdString();
  EXPECT_TRUE( warnings.contains( QStringLiteral( "“edu”: value “mid”" ) ) ) << warnings.toStdString();
  EXPECT_TRUE( warnings.contains( QStringLiteral( "“lang”: value “NULL”" ) ) ) << warnings.toStdString();
  // fr/mid is entirely neutral: score 0; (NULL, missing) scores ln(11/11) = 0 as well -> same probability.
  EXPECT_EQ( scored.probability[2], scored.probability[3] );
  EXPECT_NEAR( sum( scored.probability ), 1.0, 1e-9 );
}

TEST_F( ScoreHouseholdsTest, UnseenWarningsAreCapped )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  const int distinct = Algorithm::kMaxUnseenWarnings + 5;
  for ( int i = 0; i < distinct; ++i )
  {
    addFeature( layer.get(), { QStringLiteral( "lang%1" ).arg( i ), QStringLiteral( "low" ) }, QStringLiteral( "Point(%1 0)" ).arg( i ) );
    addFeature( layer.get(), { QStringLiteral( "lang%1" ).arg( i ), QStringLiteral( "high" ) }, QStringLiteral( "Point(%1 1)" ).arg( i ) );
  }
  const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.1 ) );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  EXPECT_EQ( scored.run.results.value( Algorithm::UNSEEN_VALUES ).toInt(), 2 * distinct );
  EXPECT_EQ( mFeedback.warnings.filter( QStringLiteral( "does not occur in the profile" ) ).size(), Algorithm::kMaxUnseenWarnings );
  // The 5 further distinct values occur twice each: 10 occurrences not listed.
  EXPECT_EQ( mFeedback.warnings.filter( QStringLiteral( "10 more value(s)" ) ).size(), 1 ) << mFeedback.warnings.join( '\n' ).toStdString();
}

namespace
{
std::unique_ptr<QgsVectorLayer> prevalenceAreas( const QString &crs = QStringLiteral( "EPSG:28992" ) )
{
  return memoryLayer( QStringLiteral( "Polygon?crs=%1&field=name:string&field=share:double" ).arg( crs ), QStringLiteral( "areas" ) );
}
} // namespace

TEST_F( ScoreHouseholdsTest, CalibratesPerPrevalenceArea )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  // Area A [0,10]x[0,10] share 0.3 (fid 1); B [20,30]x[0,10] share 0.05 (fid 2);
  // C [5,10]x[0,10] share 0.9 (fid 3) overlaps A: its households belong to A (lowest id).
  std::unique_ptr<QgsVectorLayer> areas = prevalenceAreas();
  for ( const double scale : { 1.0, 100.0 } ) // shares, then the same as percentages
  {
    areas = prevalenceAreas();
    addFeature( areas.get(), { QStringLiteral( "A" ), 0.3 * scale }, QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
    addFeature( areas.get(), { QStringLiteral( "B" ), 0.05 * scale }, QStringLiteral( "Polygon((20 0, 30 0, 30 10, 20 10, 20 0))" ) );
    addFeature( areas.get(), { QStringLiteral( "C" ), 0.9 * scale }, QStringLiteral( "Polygon((5 0, 10 0, 10 10, 5 10, 5 0))" ) );
    layer = households();
    // A: 12 households (x 1..8 including 4 inside C, and one on A's edge x = 0); B: 9; outside: 6; no geometry: 2.
    std::vector<int> expectedGroup; // 0 A, 1 B, 2 fallback
    for ( int i = 0; i < 12; ++i )
    {
      addFeature( layer.get(), { QString::fromLatin1( i % 2 ? "nl" : "other" ), QString::fromLatin1( i % 3 ? "low" : "high" ) },
                  i == 0 ? QStringLiteral( "Point(0 5)" ) : QStringLiteral( "Point(%1 %2)" ).arg( 1 + i % 8 ).arg( 1 + i % 5 ) );
      expectedGroup.push_back( 0 );
    }
    for ( int i = 0; i < 9; ++i )
    {
      addFeature( layer.get(), { QString::fromLatin1( i % 3 ? "nl" : "other" ), QString::fromLatin1( i % 2 ? "low" : "high" ) },
                  QStringLiteral( "Point(%1 %2)" ).arg( 21 + i ).arg( 2 + i % 6 ) );
      expectedGroup.push_back( 1 );
    }
    for ( int i = 0; i < 8; ++i )
    {
      addFeature( layer.get(), { QString::fromLatin1( i % 2 ? "nl" : "other" ), QStringLiteral( "low" ) },
                  i < 6 ? QStringLiteral( "Point(%1 50)" ).arg( i ) : QString() );
      expectedGroup.push_back( 2 );
    }
    QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.2 );
    map.insert( Algorithm::PREVALENCE_AREAS, QVariant::fromValue( areas.get() ) );
    map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "share" ) );
    const Scored scored = score( map );
    ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
    double groupSum[3] = { 0, 0, 0 };
    for ( size_t i = 0; i < expectedGroup.size(); ++i )
      groupSum[expectedGroup[i]] += scored.probability[i];
    // A: 0.3 * 12 = 3.6; B: 0.05 * 9 = 0.45; outside + no geometry: 0.2 * 8 = 1.6.
    EXPECT_NEAR( groupSum[0], 3.6, 3.6e-9 ) << scale;
    EXPECT_NEAR( groupSum[1], 0.45, 0.45e-9 ) << scale;
    EXPECT_NEAR( groupSum[2], 1.6, 1.6e-9 ) << scale;
    // Reference size with areas: round(3.6 + 0.45 + 1.6 = 5.65) = 6.
    EXPECT_EQ( sum( scored.reference ), 6 );
    EXPECT_NEAR( scored.run.results.value( Algorithm::EXPECTED_TOTAL ).toDouble(), 5.65, 1e-8 );
    EXPECT_EQ( mFeedback.infos.filter( QStringLiteral( "read as percentages" ) ).isEmpty(), scale == 1.0 );
    // Two areas with households (C has none): the slope is fitted (FIT_SLOPE defaults to on) and reported.
    const double slope = scored.run.results.value( Algorithm::SLOPE ).toDouble();
    EXPECT_GE( slope, 0.25 );
    EXPECT_LE( slope, 4.0 );
    EXPECT_FALSE( mFeedback.infos.filter( QStringLiteral( "Slope calibration" ) ).isEmpty() );

    // Without slope calibration: s = 1, and the totals match just as well.
    map.insert( Algorithm::FIT_SLOPE, false );
    const Scored flat = score( map );
    ASSERT_TRUE( flat.run.ok ) << flat.run.error.toStdString();
    EXPECT_EQ( flat.run.results.value( Algorithm::SLOPE ).toDouble(), 1.0 );
    double flatSum[3] = { 0, 0, 0 };
    for ( size_t i = 0; i < expectedGroup.size(); ++i )
      flatSum[expectedGroup[i]] += flat.probability[i];
    EXPECT_NEAR( flatSum[0], 3.6, 3.6e-9 ) << scale;
    EXPECT_NEAR( flatSum[1], 0.45, 0.45e-9 ) << scale;
    EXPECT_NEAR( flatSum[2], 1.6, 1.6e-9 ) << scale;
    EXPECT_FALSE( mFeedback.infos.filter( QStringLiteral( "Slope calibration is off (FIT_SLOPE): s = 1" ) ).isEmpty() );
  }
}

TEST_F( ScoreHouseholdsTest, PrevalenceAreasAreReprojected )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  for ( int i = 0; i < 10; ++i )
    addFeature( layer.get(), { QString::fromLatin1( i % 2 ? "nl" : "other" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(%1 %2)" ).arg( 155000 + i * 10 ).arg( 463000 ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(100000 400000)" ) );
  // The area around the first ten households (Amersfoort, RD New) in WGS 84.
  QgsGeometry square = QgsGeometry::fromWkt( QStringLiteral( "Polygon((154900 462900, 155200 462900, 155200 463100, 154900 463100, 154900 462900))" ) );
  const QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), QgsProject::instance() );
  ASSERT_EQ( square.transform( transform ), Qgis::GeometryOperationResult::Success );
  std::unique_ptr<QgsVectorLayer> areas = prevalenceAreas( QStringLiteral( "EPSG:4326" ) );
  addFeature( areas.get(), { QStringLiteral( "A" ), 0.4 }, square.asWkt() );
  QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.1 );
  map.insert( Algorithm::PREVALENCE_AREAS, QVariant::fromValue( areas.get() ) );
  map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "share" ) );
  const Scored scored = score( map );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  // 10 households at 0.4 = 4, the far one alone at PREVALENCE 0.1.
  EXPECT_NEAR( scored.probability.back(), 0.1, 1e-9 );
  EXPECT_NEAR( sum( scored.probability ), 4.1, 1e-8 );
}

TEST_F( ScoreHouseholdsTest, SelectedFeaturesOnly )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  for ( int i = 0; i < 10; ++i )
    addFeature( layer.get(), { QString::fromLatin1( i % 2 ? "nl" : "other" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(%1 0)" ).arg( i ) );
  layer->selectByIds( QgsFeatureIds() << 1 << 2 << 3 << 4 );
  QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.5 );
  map.insert( Algorithm::INPUT, QVariant::fromValue( QgsProcessingFeatureSourceDefinition( layer->id(), true ) ) );
  QgsProject::instance()->addMapLayer( layer.get(), false, false );
  mContext.setProject( QgsProject::instance() );
  const Scored scored = score( map );
  QgsProject::instance()->takeMapLayer( layer.get() );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  ASSERT_EQ( scored.probability.size(), 4u );
  EXPECT_NEAR( sum( scored.probability ), 2.0, 1e-9 );
  EXPECT_EQ( sum( scored.reference ), 2 );
}

// --- error paths --------------------------------------------------------------

TEST_F( ScoreHouseholdsTest, ErrorProfileFieldMissingFromInput )
{
  std::unique_ptr<QgsVectorLayer> layer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=lang:string" ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ) }, QStringLiteral( "Point(0 0)" ) );
  const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.1 ) );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "INPUT has no field edu" ) ) ) << scored.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, ErrorWrongFormatVersion )
{
  engine::Profile profile = fixtureProfile();
  profile.formatVersion = engine::kProfileFormatVersion + 1;
  std::unique_ptr<QgsVectorLayer> layer = households();
  const Scored scored = score( parameters( layer.get(), writeProfile( profile ), 0.1 ) );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QString::number( engine::kProfileFormatVersion + 1 ) ) ) << scored.run.error.toStdString();
  EXPECT_TRUE( scored.run.error.contains( QString::number( engine::kProfileFormatVersion ) ) ) << scored.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, ErrorProfileFileMissing )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  const Scored scored = score( parameters( layer.get(), mDirectory.filePath( QStringLiteral( "nothing.json" ) ), 0.1 ) );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "nothing.json" ) ) ) << scored.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, ErrorProfileWithoutScoringFields )
{
  engine::Profile profile = fixtureProfile();
  for ( engine::ProfileField &field : profile.fields )
    field.usedForScoring = false;
  std::unique_ptr<QgsVectorLayer> layer = households();
  const Scored scored = score( parameters( layer.get(), writeProfile( profile ), 0.1 ) );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "no scoring fields" ) ) ) << scored.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, ErrorPrevalenceOutOfRange )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  for ( const double prevalence : { 1.5, -0.1 } )
  {
    const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), prevalence ) );
    EXPECT_FALSE( scored.run.ok );
    EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "PREVALENCE" ) ) ) << scored.run.error.toStdString();
  }
}

TEST_F( ScoreHouseholdsTest, ErrorOutputFieldAlreadyExists )
{
  for ( const QString &existing : { schema::kProbability, schema::kHouseholdIndex, schema::kReference } )
  {
    std::unique_ptr<QgsVectorLayer> layer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=lang:string&field=edu:string&field=%1:double" ).arg( existing ) );
    const Scored scored = score( parameters( layer.get(), writeProfile( fixtureProfile() ), 0.1 ) );
    EXPECT_FALSE( scored.run.ok );
    EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "INPUT already has a field \"%1\"" ).arg( existing ) ) ) << scored.run.error.toStdString();
  }
}

TEST_F( ScoreHouseholdsTest, ErrorPrevalenceFieldProblems )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(1 1)" ) );
  std::unique_ptr<QgsVectorLayer> areas = prevalenceAreas();
  addFeature( areas.get(), { QStringLiteral( "A" ), 0.3 }, QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
  QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.1 );
  map.insert( Algorithm::PREVALENCE_AREAS, QVariant::fromValue( areas.get() ) );

  Scored scored = score( map ); // no field
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "PREVALENCE_FIELD is not" ) ) ) << scored.run.error.toStdString();

  map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "nope" ) );
  scored = score( map );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "no field “nope”" ) ) ) << scored.run.error.toStdString();

  map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "name" ) );
  scored = score( map );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "“name” is not numeric" ) ) ) << scored.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, ErrorAreaValueOutOfRangeOrNull )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(1 1)" ) );
  for ( const QVariant &bad : { QVariant( 150.0 ), QVariant( -0.2 ), QVariant() } )
  {
    std::unique_ptr<QgsVectorLayer> areas = prevalenceAreas();
    addFeature( areas.get(), { QStringLiteral( "A" ), 0.3 }, QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
    addFeature( areas.get(), { QStringLiteral( "B" ), bad }, QStringLiteral( "Polygon((20 0, 30 0, 30 10, 20 10, 20 0))" ) );
    QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.1 );
    map.insert( Algorithm::PREVALENCE_AREAS, QVariant::fromValue( areas.get() ) );
    map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "share" ) );
    const Scored scored = score( map );
    EXPECT_FALSE( scored.run.ok );
    EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "Area feature 2" ) ) ) << scored.run.error.toStdString();
  }
}

TEST_F( ScoreHouseholdsTest, MultipointHouseholdIsCalibratedInTheAreaAggregationCountsItIn )
{
  // West (prevalence 0) and east (prevalence 1) squares. The multipoint
  // household has one part in the west and two in the east: it is at its point
  // on surface (17 5), in the east, for calibration and for counting alike.
  std::unique_ptr<QgsVectorLayer> areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=share:double" ), QStringLiteral( "areas" ) );
  addFeature( areas.get(), { 0.0 }, QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
  addFeature( areas.get(), { 1.0 }, QStringLiteral( "Polygon((10 0, 20 0, 20 10, 10 10, 10 0))" ) );
  std::unique_ptr<QgsVectorLayer> layer = memoryLayer( QStringLiteral( "MultiPoint?crs=EPSG:28992&field=lang:string&field=edu:string" ), QStringLiteral( "households" ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "MultiPoint((2 5),(17 5),(18 5))" ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "MultiPoint((3 3))" ) );
  addFeature( layer.get(), { QStringLiteral( "other" ), QStringLiteral( "high" ) }, QStringLiteral( "MultiPoint((15 5))" ) );

  QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.5 );
  map.insert( Algorithm::PREVALENCE_AREAS, QVariant::fromValue( areas.get() ) );
  map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "share" ) );
  map.insert( Algorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  const AlgorithmRun scoring = runAlgorithm( Algorithm(), map, mContext, mFeedback );
  ASSERT_TRUE( scoring.ok ) << scoring.error.toStdString();
  std::unique_ptr<QgsVectorLayer> scored = takeVectorLayer( mContext, scoring.results.value( Algorithm::OUTPUT ) );
  ASSERT_TRUE( scored );
  QgsFeature straddling;
  ASSERT_TRUE( scored->getFeatures().nextFeature( straddling ) );
  EXPECT_DOUBLE_EQ( straddling.attribute( schema::kProbability ).toDouble(), 1.0 ) << "calibrated in the east (prevalence 1)";

  QVariantMap aggregate;
  aggregate.insert( AggregateAreasAlgorithm::INPUT, QVariant::fromValue( scored.get() ) );
  aggregate.insert( AggregateAreasAlgorithm::AREAS, QVariant::fromValue( areas.get() ) );
  aggregate.insert( AggregateAreasAlgorithm::MIN_COUNT, 0 );
  aggregate.insert( AggregateAreasAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  RecordingFeedback aggregateFeedback;
  const AlgorithmRun counting = runAlgorithm( AggregateAreasAlgorithm(), aggregate, mContext, aggregateFeedback );
  ASSERT_TRUE( counting.ok ) << counting.error.toStdString();
  std::unique_ptr<QgsVectorLayer> counted = takeVectorLayer( mContext, counting.results.value( AggregateAreasAlgorithm::OUTPUT ) );
  ASSERT_TRUE( counted );
  QgsFeatureIterator iterator = counted->getFeatures();
  QgsFeature west, east;
  ASSERT_TRUE( iterator.nextFeature( west ) && iterator.nextFeature( east ) );
  EXPECT_EQ( west.attribute( schema::kHouseholds ).toLongLong(), 1 );
  EXPECT_DOUBLE_EQ( west.attribute( schema::kExpected ).toDouble(), 0.0 );
  EXPECT_EQ( east.attribute( schema::kHouseholds ).toLongLong(), 2 );
  EXPECT_DOUBLE_EQ( east.attribute( schema::kExpected ).toDouble(), 2.0 );
  EXPECT_FALSE( aggregateFeedback.warnings.filter( QStringLiteral( "1 households have a geometry of several parts" ) ).isEmpty() ) << aggregateFeedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST_F( ScoreHouseholdsTest, PrevalenceFieldMixingSharesAndPercentagesIsRefused )
{
  // One 1.5 among shares: before, the whole field was read as percentages.
  std::unique_ptr<QgsVectorLayer> layer = households();
  addFeature( layer.get(), { QStringLiteral( "nl" ), QStringLiteral( "low" ) }, QStringLiteral( "Point(5 5)" ) );
  std::unique_ptr<QgsVectorLayer> areas = prevalenceAreas();
  addFeature( areas.get(), { QStringLiteral( "A" ), 0.3 }, QStringLiteral( "Polygon((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
  addFeature( areas.get(), { QStringLiteral( "B" ), 1.5 }, QStringLiteral( "Polygon((20 0, 30 0, 30 10, 20 10, 20 0))" ) );
  QVariantMap map = parameters( layer.get(), writeProfile( fixtureProfile() ), 0.2 );
  map.insert( Algorithm::PREVALENCE_AREAS, QVariant::fromValue( areas.get() ) );
  map.insert( Algorithm::PREVALENCE_FIELD, QStringLiteral( "share" ) );
  const Scored scored = score( map );
  EXPECT_FALSE( scored.run.ok );
  EXPECT_TRUE( scored.run.error.contains( QStringLiteral( "mixes scales: area feature 1 has 0.3 (a share?) and area feature 2 has 1.5 (a percentage?)" ) ) ) << scored.run.error.toStdString();
}

TEST_F( ScoreHouseholdsTest, NonFiniteNumbersScoreAsMissingAndAreReported )
{
  engine::Profile profile = fixtureProfile();
  profile.fields[1].numericSource = true;
  profile.fields[1].categories = { { "1", 12, 30 }, { "2", 8, 70 } };
  std::unique_ptr<QgsVectorLayer> layer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=lang:string&field=edu:double" ), QStringLiteral( "households" ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ), 1.0 }, QStringLiteral( "Point(0 0)" ) );
  addFeature( layer.get(), { QStringLiteral( "nl" ), std::numeric_limits<double>::infinity() }, QStringLiteral( "Point(0 0)" ) );
  const Scored scored = score( parameters( layer.get(), writeProfile( profile ), 0.5 ) );
  ASSERT_TRUE( scored.run.ok ) << scored.run.error.toStdString();
  EXPECT_FALSE( mFeedback.warnings.filter( QStringLiteral( "Field 'edu' of INPUT holds 1 values that are not finite numbers" ) ).isEmpty() ) << mFeedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}

TEST_F( ScoreHouseholdsTest, SlimOutputHoldsTheFeatureIdAndTheSameScores )
{
  std::unique_ptr<QgsVectorLayer> layer = households();
  const char *langs[] = { "nl", "other" };
  const char *educations[] = { "low", "high" };
  for ( int i = 0; i < 40; ++i )
    addFeature( layer.get(), { QString::fromLatin1( langs[i % 2] ), QString::fromLatin1( educations[( i / 3 ) % 2] ) }, QStringLiteral( "Point(%1 0)" ).arg( i ) );
  const QString profile = writeProfile( fixtureProfile() );
  const Scored full = score( parameters( layer.get(), profile, 0.2 ) );
  ASSERT_TRUE( full.run.ok ) << full.run.error.toStdString();

  QVariantMap slimParameters = parameters( layer.get(), profile, 0.2 );
  slimParameters.insert( Algorithm::SLIM, true );
  const AlgorithmRun run = runAlgorithm( Algorithm(), slimParameters, mContext, mFeedback );
  ASSERT_TRUE( run.ok ) << run.error.toStdString();
  std::unique_ptr<QgsVectorLayer> slim = takeVectorLayer( mContext, run.results.value( Algorithm::OUTPUT ) );
  ASSERT_TRUE( slim );
  // The key and the three scores, nothing of the input.
  const QStringList names = slim->fields().names();
  EXPECT_EQ( names, ( QStringList{ schema::kHouseholdFeatureId, schema::kProbability, schema::kHouseholdIndex, schema::kReference } ) );
  ASSERT_EQ( slim->featureCount(), 40 );
  QgsFeature feature;
  QgsFeatureIterator iterator = slim->getFeatures();
  std::size_t row = 0;
  while ( iterator.nextFeature( feature ) )
  {
    // Memory-layer ids run 1..40 in insertion order, as the full output's rows.
    EXPECT_EQ( feature.attribute( schema::kHouseholdFeatureId ).toLongLong(), static_cast<long long>( row + 1 ) );
    EXPECT_EQ( feature.attribute( schema::kProbability ).toDouble(), full.probability.at( row ) ) << row;
    EXPECT_EQ( feature.attribute( schema::kReference ).toInt(), full.reference.at( row ) ) << row;
    EXPECT_TRUE( feature.hasGeometry() );
    ++row;
  }
  EXPECT_EQ( run.results.value( Algorithm::EXPECTED_TOTAL ).toDouble(), full.run.results.value( Algorithm::EXPECTED_TOTAL ).toDouble() );
}
