#pragma once
// targetgroup:scorehouseholds -- gives every household a calibrated
// probability of belonging to the target group (tg_prob), an index (tg_index,
// 100 = average household) and a reference-group flag (tg_ref). Two streaming
// passes over INPUT: scores into per-group histograms, then output.

#include "common/arealayer.h"
#include "engine/profile.h"
#include "engine/scoringsession.h"

#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>

#include <QSet>
#include <memory>
#include <optional>
#include <vector>

namespace targetgroup
{

class ScoreHouseholdsAlgorithm : public CheckedAlgorithm<QgsProcessingFeatureBasedAlgorithm>
{
public:
  static inline const QString INPUT = QStringLiteral( "INPUT" );
  static inline const QString PROFILE = QStringLiteral( "PROFILE" );
  static inline const QString PREVALENCE = QStringLiteral( "PREVALENCE" );
  static inline const QString METHOD = QStringLiteral( "METHOD" );
  static inline const QString PREVALENCE_AREAS = QStringLiteral( "PREVALENCE_AREAS" );
  static inline const QString PREVALENCE_FIELD = QStringLiteral( "PREVALENCE_FIELD" );
  static inline const QString FIT_SLOPE = QStringLiteral( "FIT_SLOPE" );
  static inline const QString SLIM = QStringLiteral( "SLIM" );
  static inline const QString OUTPUT = QStringLiteral( "OUTPUT" );
  // Numeric results.
  static inline const QString EXPECTED_TOTAL = QStringLiteral( "EXPECTED_TOTAL" );
  static inline const QString REFERENCE_COUNT = QStringLiteral( "REFERENCE_COUNT" );
  static inline const QString UNSEEN_VALUES = QStringLiteral( "UNSEEN_VALUES" );
  static inline const QString SLOPE = QStringLiteral( "SLOPE" );

  //! METHOD values: 0, 1 and 2 are engine::ScoringMethod; 3 (the default) follows the profile's recommendation.
  static constexpr int kMethodAsRecommended = 3;

  //! The method METHOD `choice` means for `profile`: 3 gives the profile's
  //! recommended method (the self-assessment of format version 2), or the
  //! profile likelihood for a profile without one (format version 1).
  static engine::ScoringMethod resolveMethod( int choice, const engine::Profile &profile );

  //! Default PREVALENCE: about 10% of households (see shortHelpString()).
  static constexpr double kDefaultPrevalence = 0.10;
  //! At most this many distinct unseen field/value pairs are named in the log.
  static constexpr int kMaxUnseenWarnings = 20;

  QString name() const override { return QStringLiteral( "scorehouseholds" ); }
  QString displayName() const override { return QObject::tr( "Score households" ); }
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  ScoreHouseholdsAlgorithm *createInstance() const override { return new ScoreHouseholdsAlgorithm(); }

  /**
   * False: QGIS's in-place mode calls only prepareAlgorithm() and
   * processFeature() (never processAlgorithm(), so the calibration pass
   * cannot run) and drops every field the layer does not have
   * (QgsVectorLayerUtils::makeFeaturesCompatible), i.e. tg_prob, tg_index
   * and tg_ref. Selected features only is supported through INPUT.
   */
  bool supportInPlaceEdit( const QgsMapLayer *layer ) const override;

protected:
  void initParameters( const QVariantMap &configuration = QVariantMap() ) override;
  QString outputName() const override { return QObject::tr( "Scored households" ); }
  QList<int> inputLayerTypes() const override;
  QgsFields outputFields( const QgsFields &inputFields ) const override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QgsFeatureList processFeature( const QgsFeature &feature, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  //! Pass 2 for one household (in pass-1 order): its probability, index and reference flag.
  engine::ScoredHousehold scoreOne( const QgsFeature &household );
  void loadPrevalenceAreas( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                            const QgsFeatureSource &households );
  //! Calibration group of a household: the prevalence area it lies in (householdLocation(),
  //! AreaIndex's tie rule), else mPrevalences.size() (the PREVALENCE group).
  int calibrationGroupOf( const QgsFeature &household ) const;
  //! The household's values of the scoring fields, in the session's order.
  std::vector<engine::FieldValue> householdValues( const QgsAttributes &attributes ) const;
  //! A new scoring session: per-area prevalences with PREVALENCE_AREAS, else PREVALENCE alone.
  void startSession( const std::vector<double> &areaPrevalences );
  //! The session's error in the user's language.
  QString sessionErrorMessage( const engine::ScoringSessionError &error ) const;
  void recordUnseen( const QgsAttributes &attributes, const std::vector<int> &unseenFields, QgsProcessingFeedback *feedback );

  engine::Profile mProfile;
  QString mProfilePath;
  engine::ScoringMethod mMethod = engine::ScoringMethod::ProfileLikelihood;
  std::unique_ptr<engine::ScoringSession> mSession;
  bool mCalibrated = false;
  QList<int> mInputFieldIndexes; //!< per scorer field, its index in INPUT
  QVector<bool> mNumericSources; //!< per scorer field, read as a number (as buildprofile did)
  double mPrevalence = kDefaultPrevalence;
  bool mUseAreas = false;
  bool mFitSlope = true;

  std::vector<double> mPrevalences; //!< per area of mAreaIndex (ascending feature id), a share 0..1
  AreaIndex mAreaIndex;

  // Unseen values named in the log (the session counts them all).
  QSet<QString> mWarnedUnseen;
  long long mUnseenNotListed = 0;
};

} // namespace targetgroup
