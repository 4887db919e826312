#include "engine/scoring.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace targetgroup::engine;

namespace
{

// Seed 20 of base 100 households, prior strength k = 10.
//   lang: nl    seed 18 base 60   other seed 2 base 40
//   edu:  low   seed 12 base 30   high  seed 8 base 70   (scoringWeight 0.5)
//   note: descriptive field, not used for scoring.
Profile fixtureProfile()
{
  Profile profile;
  profile.seedCount = 20;
  profile.baseCount = 100;
  profile.priorStrength = 10;
  ProfileField lang;
  lang.name = "lang";
  lang.categories = { { "nl", 18, 60 }, { "other", 2, 40 } };
  ProfileField education;
  education.name = "edu";
  education.scoringWeight = 0.5;
  education.categories = { { "low", 12, 30 }, { "high", 8, 70 } };
  ProfileField note;
  note.name = "note";
  note.usedForScoring = false;
  note.categories = { { "x", 20, 100 } };
  profile.fields = { lang, education, note };
  return profile;
}

std::vector<FieldValue> household( const char *lang, const char *education )
{
  return { FieldValue::ofText( lang ), FieldValue::ofText( education ) };
}

} // namespace

TEST( Scoring, ProfileLikelihoodIsWeightedSumOfLogShrunkRatios )
{
  const Profile profile = fixtureProfile();
  const HouseholdScorer scorer( profile, ScoringMethod::ProfileLikelihood );
  ASSERT_EQ( scorer.fields().size(), 2u ); // "note" is descriptive
  EXPECT_EQ( scorer.slope(), 1.0 );
  // LR = (seedN + k) / (seedTotal * baseN / baseTotal + k):
  //   nl    (18 + 10) / (20 * 60 / 100 + 10) = 28 / 22
  //   other ( 2 + 10) / (20 * 40 / 100 + 10) = 12 / 18
  //   low   (12 + 10) / (20 * 30 / 100 + 10) = 22 / 16, weight 0.5
  //   high  ( 8 + 10) / (20 * 70 / 100 + 10) = 18 / 24, weight 0.5
  EXPECT_NEAR( scorer.score( household( "nl", "low" ) ), std::log( 28.0 / 22 ) + 0.5 * std::log( 22.0 / 16 ), 1e-12 );
  // ln(28/22) + 0.5 ln(22/16) = 0.241162 + 0.159227 = 0.400389
  EXPECT_NEAR( scorer.score( household( "nl", "low" ) ), 0.400389, 1e-6 );
  // ln(12/18) + 0.5 ln(18/24) = -0.405465 - 0.143841 = -0.549306
  EXPECT_NEAR( scorer.score( household( "other", "high" ) ), -0.549306, 1e-6 );
}

TEST( Scoring, CentralProfileSimilarityIsCentredSeedShareTimesDiscriminantSlope )
{
  const Profile profile = fixtureProfile();
  const HouseholdScorer scorer( profile, ScoringMethod::CentralProfileSimilarity );
  // Seed shares r: nl .9 other .1; low .6 high .4. Base shares: .6 .4; .3 .7.
  // Base means m: lang .6*.9 + .4*.1 = .58; edu .3*.6 + .7*.4 = .46.
  // Centred: nl .32 other -.48; low .14 high -.06 (scoringWeight not used).
  // Separation (seed mean - base mean): lang (.9-.6)*.32 + (.1-.4)*(-.48) = .24;
  //   edu (.6-.3)*.14 + (.4-.7)*(-.06) = .06; total .30.
  // Base variance: lang .6*.32^2 + .4*.48^2 = .1536; edu .3*.14^2 + .7*.06^2 = .0084; total .162.
  // Slope .30 / .162 = 50/27.
  EXPECT_NEAR( scorer.slope(), 50.0 / 27, 1e-12 );
  EXPECT_NEAR( scorer.score( household( "nl", "low" ) ), 0.46 * 50 / 27, 1e-12 );
  EXPECT_NEAR( scorer.score( household( "other", "high" ) ), -1.0, 1e-12 ); // -.54 * 50/27
  EXPECT_NEAR( scorer.score( household( "other", "low" ) ), -0.34 * 50 / 27, 1e-12 );
}

TEST( Scoring, UnseenValuesAreNeutralAndReported )
{
  const Profile profile = fixtureProfile();
  for ( const ScoringMethod method : { ScoringMethod::ProfileLikelihood, ScoringMethod::CentralProfileSimilarity } )
  {
    const HouseholdScorer scorer( profile, method );
    std::vector<int> unseen;
    const double score = scorer.score( household( "fr", "low" ), &unseen );
    EXPECT_NEAR( score, scorer.contribution( 1, 0 ), 1e-12 ); // only "low" counts
    ASSERT_EQ( unseen.size(), 1u );
    EXPECT_EQ( unseen[0], 0 );
    // NULL is unseen too when the profile has no "(missing)" category.
    unseen.clear();
    EXPECT_EQ( scorer.score( { FieldValue::missing(), FieldValue::missing() }, &unseen ), 0.0 );
    EXPECT_EQ( unseen, ( std::vector<int>{ 0, 1 } ) );
  }
}

TEST( Scoring, MissingValuesScoreAsTheMissingCategory )
{
  Profile profile = fixtureProfile();
  // 5 base households without education, 1 of them in the seed; reshape the rest.
  profile.fields[1].categories = { { "low", 11, 28 }, { "high", 8, 67 }, { kMissingCategory, 1, 5 } };
  const HouseholdScorer scorer( profile, ScoringMethod::ProfileLikelihood );
  std::vector<int> unseen;
  // (missing): (1 + 10) / (20 * 5 / 100 + 10) = 11 / 11 = 1 -> ln 1 = 0; nl as before.
  EXPECT_NEAR( scorer.score( { FieldValue::ofText( "nl" ), FieldValue::missing() }, &unseen ), std::log( 28.0 / 22 ), 1e-12 );
  EXPECT_TRUE( unseen.empty() );
}

TEST( Scoring, MergedValuesScoreAsOther )
{
  Profile profile = fixtureProfile();
  profile.fields[0].categories = { { "nl", 18, 60 }, { kOtherCategory, 2, 40 } };
  profile.fields[0].mergedIntoOther = { "de", "fr" };
  const HouseholdScorer scorer( profile, ScoringMethod::ProfileLikelihood );
  std::vector<int> unseen;
  EXPECT_NEAR( scorer.score( household( "fr", "low" ), &unseen ), scorer.score( household( kOtherCategory, "low" ) ), 1e-15 );
  EXPECT_TRUE( unseen.empty() );
}

TEST( Scoring, ProfileWithoutScoringFieldsIsRejected )
{
  Profile profile = fixtureProfile();
  for ( ProfileField &field : profile.fields )
    field.usedForScoring = false;
  EXPECT_THROW( HouseholdScorer( profile, ScoringMethod::ProfileLikelihood ), ScoringError );
  Profile empty = fixtureProfile();
  empty.seedCount = 0;
  EXPECT_THROW( HouseholdScorer( empty, ScoringMethod::CentralProfileSimilarity ), ScoringError );
}
