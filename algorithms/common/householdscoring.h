#pragma once
// The scoring set-up that targetgroup:scorehouseholds and the fused mode of
// targetgroup:aggregateareas share: the six scoring parameters (PROFILE,
// PREVALENCE, METHOD, PREVALENCE_AREAS, PREVALENCE_FIELD, FIT_SLOPE), the
// profile read and checked against the households, the scoring fields'
// indexes, the prevalence areas (one calibration group each) and the log
// lines both algorithms write. Both therefore read, check and calibrate the
// same way, with the same messages.
//
// Usage (in prepareAlgorithm):
//   mSetup.readProfile( *this, parameters, context );
//   mSetup.matchInputFields( households->fields() );
//   mSetup.checkPrevalenceParameters( *this, parameters, context );
// then in processAlgorithm: mSetup.loadPrevalenceAreas( ... ) when
// usesAreas(), a session from makeSession() or makeFusedSession(), and per
// household householdValues() and calibrationGroupOf().

#include "common/arealayer.h"
#include "engine/fusedareascoring.h"
#include "engine/profile.h"
#include "engine/scoringsession.h"

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

class QgsFeatureSource;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;

namespace targetgroup
{

//! The ids of the scoring parameters (the same in every algorithm that scores).
namespace scoringparameters
{
inline const QString PROFILE = QStringLiteral( "PROFILE" );
inline const QString PREVALENCE = QStringLiteral( "PREVALENCE" );
inline const QString METHOD = QStringLiteral( "METHOD" );
inline const QString PREVALENCE_AREAS = QStringLiteral( "PREVALENCE_AREAS" );
inline const QString PREVALENCE_FIELD = QStringLiteral( "PREVALENCE_FIELD" );
inline const QString FIT_SLOPE = QStringLiteral( "FIT_SLOPE" );
} // namespace scoringparameters

/**
 * The six scoring parameters, in this order: PROFILE, PREVALENCE, METHOD,
 * PREVALENCE_AREAS, PREVALENCE_FIELD, FIT_SLOPE. With profileOptional the
 * profile (and so the scoring) is optional, as in aggregateareas.
 */
std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> householdScoringParameters( bool profileOptional );

class HouseholdScoringSetup
{
public:
  //! METHOD values: 0, 1 and 2 are engine::ScoringMethod; 3 (the default) follows the profile's recommendation.
  static constexpr int kMethodAsRecommended = 3;
  //! Default PREVALENCE: about 10% of households.
  static constexpr double kDefaultPrevalence = 0.10;
  //! At most this many distinct unseen field/value pairs are named in the log.
  static constexpr int kMaxUnseenWarnings = 20;

  //! The method METHOD `choice` means for `profile`: 3 gives the profile's
  //! recommended method (the self-assessment of format version 2), or the
  //! profile likelihood for a profile without one (format version 1).
  static engine::ScoringMethod resolveMethod( int choice, const engine::Profile &profile );

  //! True when the algorithm's PROFILE parameter holds a value.
  static bool profileGiven( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );

  /**
   * Reads PROFILE, METHOD, FIT_SLOPE and PREVALENCE and checks them: no
   * profile, no scoring fields, METHOD 2 without a model, a prevalence
   * outside 0..1, a profile that cannot score. Throws QgsProcessingException.
   */
  void readProfile( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );
  //! Finds the profile's scoring fields in the households' fields (INPUT) and checks the profile against them.
  void matchInputFields( const QgsFields &inputFields );
  //! Whether PREVALENCE_AREAS is given, and when it is, that PREVALENCE_FIELD names a numeric field of it.
  void checkPrevalenceParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context );
  /**
   * Reads PREVALENCE_AREAS (when usesAreas()) into the area index and the
   * per-area prevalences, warning when the households have no geometry.
   * Returns false when cancelled.
   */
  bool loadPrevalenceAreas( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                            const QgsFeatureSource &households );

  //! A scoring session: per-area prevalences with PREVALENCE_AREAS, else PREVALENCE alone.
  std::unique_ptr<engine::ScoringSession> makeSession() const;
  //! The same calibration in a fused scoring-and-aggregation session over areaCount areas.
  std::unique_ptr<engine::FusedAreaScoring> makeFusedSession( std::size_t areaCount ) const;

  //! Calibration group of a household at `location`: the prevalence area it lies in (AreaIndex's
  //! tie rule), else engine::ScoringSession::kOutsideEveryGroup (the PREVALENCE group).
  int calibrationGroupOf( const HouseholdLocation &location ) const;
  int calibrationGroupOf( const QgsFeature &household ) const;
  //! The household's values of the scoring fields, in the session's order.
  std::vector<engine::FieldValue> householdValues( const QgsAttributes &attributes, std::vector<long long> *nonFiniteCounts = nullptr ) const;

  //! The session's error in the user's language.
  QString sessionErrorMessage( const engine::ScoringSessionError &error ) const;
  //! Names unseen values in the log, each field/value pair once, at most kMaxUnseenWarnings.
  void recordUnseen( const QgsAttributes &attributes, const std::vector<int> &unseenFields, QgsProcessingFeedback *feedback );
  //! After the pass: how many more unseen values were not named.
  void reportUnseenNotListed( QgsProcessingFeedback *feedback ) const;
  //! "Scoring method: …"
  void reportMethod( QgsProcessingFeedback *feedback ) const;
  //! With PREVALENCE_AREAS: households in and outside the areas, and the slope calibration.
  void reportAreaCalibration( QgsProcessingFeedback *feedback, long long households, long long outside, const engine::SlopeFit &slope ) const;

  const engine::Profile &profile() const { return mProfile; }
  const QString &profilePath() const { return mProfilePath; }
  engine::ScoringMethod method() const { return mMethod; }
  double prevalence() const { return mPrevalence; }
  bool fitSlope() const { return mFitSlope; }
  bool usesAreas() const { return mUseAreas; }
  const std::vector<double> &areaPrevalences() const { return mPrevalences; }
  //! Per scoring field, its index in INPUT.
  const QList<int> &inputFieldIndexes() const { return mInputFieldIndexes; }
  //! The scoring fields' names, in the session's order.
  const QStringList &fieldNames() const { return mFieldNames; }

private:
  engine::Profile mProfile;
  QString mProfilePath;
  engine::ScoringMethod mMethod = engine::ScoringMethod::ProfileLikelihood;
  double mPrevalence = kDefaultPrevalence;
  bool mFitSlope = true;
  bool mUseAreas = false;
  QList<int> mInputFieldIndexes; //!< per scoring field, its index in INPUT
  QVector<bool> mNumericSources; //!< per scoring field, read as a number (as buildprofile did)
  QStringList mFieldNames;       //!< per scoring field, its name

  std::vector<double> mPrevalences; //!< per area of mAreaIndex (ascending feature id), a share 0..1
  AreaIndex mAreaIndex;

  // Unseen values named in the log (the session counts them all).
  QSet<QString> mWarnedUnseen;
  long long mUnseenNotListed = 0;
};

} // namespace targetgroup
