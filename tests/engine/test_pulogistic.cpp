#include "engine/pulogistic.h"
#include "engine/scoring.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <random>

using namespace targetgroup::engine;

namespace
{

// One scoring field "lang" with two categories:
//   nl     seed 30, unlabelled  70 (base 100)
//   other  seed 10, unlabelled 190 (base 200)
// and a descriptive field that the model ignores.
Profile oneFieldProfile()
{
  Profile profile;
  profile.seedCount = 40;
  profile.baseCount = 300;
  ProfileField lang;
  lang.name = "lang";
  lang.categories = { { "nl", 30, 100 }, { "other", 10, 200 } };
  ProfileField note;
  note.name = "note";
  note.usedForScoring = false;
  note.categories = { { "x", 40, 300 } };
  profile.fields = { lang, note };
  return profile;
}

CodedHouseholds oneFieldData( const Profile &profile )
{
  CodedHouseholds data( profile );
  auto add = [&]( const char *lang, bool isSeed, int times )
  {
    for ( int i = 0; i < times; ++i )
      data.add( { FieldValue::ofText( lang ) }, isSeed );
  };
  add( "nl", true, 30 );
  add( "nl", false, 70 );
  add( "other", true, 10 );
  add( "other", false, 190 );
  return data;
}

} // namespace

TEST( PuLogistic, CodesOneBytePerScoringFieldAndKeepsTheSeedFlag )
{
  const Profile profile = oneFieldProfile();
  CodedHouseholds data( profile );
  ASSERT_EQ( data.fieldCount(), 1 ); // "note" is descriptive
  data.add( { FieldValue::ofText( "other" ) }, true );
  data.add( { FieldValue::ofText( "nl" ) }, false );
  data.add( { FieldValue::ofText( "fr" ) }, false ); // never met: unseen
  ASSERT_EQ( data.rows(), 3 );
  EXPECT_EQ( data.codes( 0 )[0], 1 );
  EXPECT_TRUE( data.isSeed( 0 ) );
  EXPECT_EQ( data.codes( 1 )[0], 0 );
  EXPECT_FALSE( data.isSeed( 1 ) );
  EXPECT_EQ( data.codes( 2 )[0], CodedHouseholds::kUnseen );
  EXPECT_EQ( data.seedRows(), 1 );
  EXPECT_EQ( data.unlabelledSeen(), 2 );
}

TEST( PuLogistic, SamplesTheUnlabelledBaseWithAFixedSeedAndKeepsEverySeedHousehold )
{
  const Profile profile = oneFieldProfile();
  auto fill = [&]( CodedHouseholds &data )
  {
    for ( int i = 0; i < 1000; ++i )
      data.addCodes( { static_cast<std::uint8_t>( i % 2 ) }, i % 10 == 0 );
  };
  CodedHouseholds first( profile, 50 );
  CodedHouseholds second( profile, 50 );
  fill( first );
  fill( second );
  EXPECT_EQ( first.seedRows(), 100 );
  EXPECT_EQ( first.unlabelledSeen(), 900 );
  EXPECT_EQ( first.unlabelledKept(), 50 );
  EXPECT_EQ( first.rows(), 150 );
  for ( long long row = 0; row < first.rows(); ++row )
  {
    EXPECT_EQ( first.codes( row )[0], second.codes( row )[0] );
    EXPECT_EQ( first.isSeed( row ), second.isSeed( row ) );
  }
}

TEST( PuLogistic, RefusesAFieldWithMoreCategoriesThanAByteCodes )
{
  Profile profile = oneFieldProfile();
  profile.fields[0].categories.resize( 255, { "x", 0, 1 } );
  EXPECT_THROW( CodedHouseholds data( profile ), PuLogisticError );
}

TEST( PuLogistic, OneFieldWithoutPenaltyGivesTheCategoryLogOddsCentredOnTheBase )
{
  // With (almost) no penalty, one field is the saturated model: the log odds
  // of seed in category c is l_c = ln(seed_c / unlabelled_c), and its variance
  // 1/seed_c + 1/unlabelled_c (Woolf).
  //   l_nl    = ln(30/70)  = -0.847298
  //   l_other = ln(10/190) = -2.944439
  // Base shares w = 100/300, 200/300; centred: coefficient_c = l_c - sum w l.
  //   mean = (1/3)(-0.847298) + (2/3)(-2.944439) = -2.245392
  //   nl: 1.398094, other: -0.699047 (= -(1/2) of nl)
  // se(nl) = w_other * sqrt(1/30 + 1/70 + 1/10 + 1/190) = (2/3) * sqrt(0.152882) = (2/3) * 0.391001 = 0.260667
  const Profile profile = oneFieldProfile();
  const CodedHouseholds data = oneFieldData( profile );
  PuLogisticOptions options;
  options.l2 = 1e-7;
  const PuLogisticFit fit = fitPuLogistic( data, scoringBaseShares( profile ), options );
  EXPECT_TRUE( fit.converged );
  ASSERT_EQ( fit.coefficients.size(), 1u );
  EXPECT_NEAR( fit.coefficients[0][0], 1.398094, 1e-5 );
  EXPECT_NEAR( fit.coefficients[0][1], -0.699047, 1e-5 );
  EXPECT_NEAR( fit.intercept, -2.245392, 1e-5 );
  EXPECT_NEAR( fit.standardErrors[0][0], 0.260667, 1e-5 );
  EXPECT_NEAR( fit.standardErrors[0][1], 0.5 * 0.260667, 1e-5 );
  // intercept + coefficient reproduces the category's log odds
  EXPECT_NEAR( fit.intercept + fit.coefficients[0][0], std::log( 30.0 / 70 ), 1e-5 );
}

TEST( PuLogistic, ThePenaltyShrinksCoefficientsTowardsZero )
{
  const Profile profile = oneFieldProfile();
  const CodedHouseholds data = oneFieldData( profile );
  PuLogisticOptions weak, strong;
  weak.l2 = 1e-7;
  strong.l2 = 50;
  const PuLogisticFit free = fitPuLogistic( data, scoringBaseShares( profile ), weak );
  const PuLogisticFit shrunk = fitPuLogistic( data, scoringBaseShares( profile ), strong );
  EXPECT_GT( shrunk.coefficients[0][0], 0 );
  EXPECT_LT( shrunk.coefficients[0][0], 0.8 * free.coefficients[0][0] );
}

TEST( PuLogistic, OneThreadAndTwoThreadsAgree )
{
  const Profile profile = oneFieldProfile();
  CodedHouseholds data( profile );
  for ( int i = 0; i < 60000; ++i )
    data.addCodes( { static_cast<std::uint8_t>( i % 3 == 0 ? 0 : 1 ) }, i % 7 == 0 || ( i % 3 == 0 && i % 5 == 0 ) );
  PuLogisticOptions one, two;
  one.threads = 1;
  two.threads = 2;
  const PuLogisticFit a = fitPuLogistic( data, scoringBaseShares( profile ), one );
  const PuLogisticFit b = fitPuLogistic( data, scoringBaseShares( profile ), two );
  EXPECT_NEAR( a.coefficients[0][0], b.coefficients[0][0], 1e-9 );
  EXPECT_NEAR( a.standardErrors[0][0], b.standardErrors[0][0], 1e-9 );
}

TEST( PuLogistic, ExcludedSeedRowsAreLeftOut )
{
  // Leaving out 10 of the 30 "nl" seed rows gives l_nl = ln(20/70).
  const Profile profile = oneFieldProfile();
  const CodedHouseholds data = oneFieldData( profile );
  std::vector<std::uint8_t> exclude( data.rows(), 0 );
  for ( int row = 0; row < 10; ++row )
    exclude[row] = 1;
  PuLogisticOptions options;
  options.l2 = 1e-7;
  const PuLogisticFit fit = fitPuLogistic( data, scoringBaseShares( profile ), options, &exclude );
  EXPECT_NEAR( fit.intercept + fit.coefficients[0][0], std::log( 20.0 / 70 ), 1e-5 );
  EXPECT_NEAR( fit.intercept + fit.coefficients[0][1], std::log( 10.0 / 190 ), 1e-5 );
}

TEST( PuLogistic, RankingQualityByHand )
{
  // Base 1..10; held out 10.5 (above all: AUC term 1, in the top 10% and 20%),
  // 5 (4 below, 1 tie: 4.5 / 10), 5.5 (5 below: 0.5).
  const RankingQuality quality = rankingQuality( { 10.5, 5, 5.5 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } );
  EXPECT_EQ( quality.heldOut, 3 );
  EXPECT_NEAR( quality.auc, ( 1.0 + 0.45 + 0.5 ) / 3, 1e-12 );
  EXPECT_NEAR( quality.recallTop10, 1.0 / 3, 1e-12 );
  EXPECT_NEAR( quality.recallTop20, 1.0 / 3, 1e-12 );
  // All tied: AUC 1/2, and the top 10% holds 0.4 of the 4 tied households: 0.1.
  const RankingQuality tied = rankingQuality( { 1 }, { 1, 1, 1, 1 } );
  EXPECT_NEAR( tied.auc, 0.5, 1e-12 );
  EXPECT_NEAR( tied.recallTop10, 0.1, 1e-12 );
  EXPECT_NEAR( tied.recallTop20, 0.2, 1e-12 );
}

TEST( PuLogistic, ScorerUsesTheStoredCoefficientsAndRefusesAVersion1Profile )
{
  Profile profile = oneFieldProfile();
  EXPECT_THROW( HouseholdScorer( profile, ScoringMethod::PuLogistic ), ScoringError );
  const CodedHouseholds data = oneFieldData( profile );
  const PuLogisticOptions options;
  const PuLogisticFit fit = fitPuLogistic( data, scoringBaseShares( profile ), options );
  storeLogisticModel( profile, fit, options, data );
  EXPECT_EQ( profile.formatVersion, 2 );
  EXPECT_TRUE( profile.logisticModel.present );
  EXPECT_EQ( profile.logisticModel.seedRows, 40 );
  EXPECT_EQ( profile.logisticModel.unlabelledRows, 260 );
  EXPECT_DOUBLE_EQ( profile.fields[0].categories[1].coefficient, fit.coefficients[0][1] );
  const HouseholdScorer scorer( profile, ScoringMethod::PuLogistic );
  EXPECT_DOUBLE_EQ( scorer.score( { FieldValue::ofText( "nl" ) } ), fit.coefficients[0][0] );
  EXPECT_DOUBLE_EQ( scorer.score( { FieldValue::ofText( "fr" ) } ), 0.0 ); // unseen: the field's average
}

namespace
{

// Two informative fields, one a noisy copy of the other, and a third
// independent one; 1,000 seed households among 20,000.
struct Generated
{
  Profile profile;
  CodedHouseholds data;
};

Profile threeFieldProfile( const std::vector<std::array<int, 4>> &rows )
{
  Profile profile;
  profile.priorStrength = 10;
  for ( int f = 0; f < 3; ++f )
  {
    ProfileField field;
    field.name = "f" + std::to_string( f );
    field.categories = { { "0", 0, 0 }, { "1", 0, 0 } };
    profile.fields.push_back( field );
  }
  for ( const auto &row : rows )
  {
    ++profile.baseCount;
    profile.seedCount += row[3];
    for ( int f = 0; f < 3; ++f )
    {
      ++profile.fields[f].categories[row[f]].baseCount;
      profile.fields[f].categories[row[f]].seedCount += row[3];
    }
  }
  return profile;
}

} // namespace

TEST( PuLogistic, SelfAssessmentRanksHeldOutSeedAboveChanceAndRepeats )
{
  std::mt19937_64 random( 7 );
  std::uniform_real_distribution<double> uniform( 0, 1 );
  std::vector<std::array<int, 4>> rows;
  for ( int i = 0; i < 20000; ++i )
  {
    const int a = uniform( random ) < 0.3 ? 1 : 0;
    const int b = uniform( random ) < 0.9 ? a : 1 - a;
    const int c = uniform( random ) < 0.5 ? 1 : 0;
    const double logit = -3.5 + 1.5 * a + 1.0 * c;
    const int seed = uniform( random ) < 1 / ( 1 + std::exp( -logit ) ) ? 1 : 0;
    rows.push_back( { a, b, c, seed } );
  }
  const Profile profile = threeFieldProfile( rows );
  CodedHouseholds data( profile );
  for ( const auto &row : rows )
    data.addCodes( { static_cast<std::uint8_t>( row[0] ), static_cast<std::uint8_t>( row[1] ), static_cast<std::uint8_t>( row[2] ) }, row[3] == 1 );
  const ProfileSelfAssessment first = assessBySeedFolds( profile, data, 5 );
  const ProfileSelfAssessment second = assessBySeedFolds( profile, data, 5 );
  EXPECT_EQ( first.folds, 5 );
  EXPECT_EQ( first.puLogistic.heldOut, profile.seedCount );
  EXPECT_GT( first.likelihood.auc, 0.6 );
  EXPECT_GT( first.puLogistic.auc, 0.6 );
  EXPECT_GT( first.puLogistic.recallTop20, first.puLogistic.recallTop10 );
  EXPECT_DOUBLE_EQ( first.puLogistic.auc, second.puLogistic.auc );
  EXPECT_DOUBLE_EQ( first.likelihood.recallTop10, second.likelihood.recallTop10 );
  // The logistic model sees that f1 only copies f0 (its adjusted effect is
  // small), which the unweighted likelihood counts twice.
  const PuLogisticFit fit = fitPuLogistic( data, scoringBaseShares( profile ) );
  EXPECT_GT( fit.coefficients[0][1], 3 * std::fabs( fit.coefficients[1][1] ) );
  EXPECT_GT( first.aucDifferenceError, 0 );
  EXPECT_LT( first.aucDifferenceError, 0.05 );
  const bool clearGain = first.puLogistic.auc - first.likelihood.auc > kRecommendationZ * first.aucDifferenceError;
  EXPECT_EQ( first.recommended, clearGain ? ScoringMethod::PuLogistic : ScoringMethod::ProfileLikelihood );
}
