#pragma once
// targetgroup:scorehouseholds -- gives every household a calibrated
// probability of belonging to the target group (tg_prob), an index (tg_index,
// 100 = average household) and a reference-group flag (tg_ref). Two streaming
// passes over INPUT: scores into per-group histograms, then output.

#include "common/householdscoring.h"
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
  static inline const QString PROFILE = scoringparameters::PROFILE;
  static inline const QString PREVALENCE = scoringparameters::PREVALENCE;
  static inline const QString METHOD = scoringparameters::METHOD;
  static inline const QString PREVALENCE_AREAS = scoringparameters::PREVALENCE_AREAS;
  static inline const QString PREVALENCE_FIELD = scoringparameters::PREVALENCE_FIELD;
  static inline const QString FIT_SLOPE = scoringparameters::FIT_SLOPE;
  static inline const QString SLIM = QStringLiteral( "SLIM" );
  static inline const QString OUTPUT = QStringLiteral( "OUTPUT" );
  // Numeric results.
  static inline const QString EXPECTED_TOTAL = QStringLiteral( "EXPECTED_TOTAL" );
  static inline const QString REFERENCE_COUNT = QStringLiteral( "REFERENCE_COUNT" );
  static inline const QString UNSEEN_VALUES = QStringLiteral( "UNSEEN_VALUES" );
  static inline const QString SLOPE = QStringLiteral( "SLOPE" );

  //! METHOD values: 0, 1 and 2 are engine::ScoringMethod; 3 (the default) follows the profile's recommendation.
  static constexpr int kMethodAsRecommended = HouseholdScoringSetup::kMethodAsRecommended;

  //! The method METHOD `choice` means for `profile`: 3 gives the profile's
  //! recommended method (the self-assessment of format version 2), or the
  //! profile likelihood for a profile without one (format version 1).
  static engine::ScoringMethod resolveMethod( int choice, const engine::Profile &profile ) { return HouseholdScoringSetup::resolveMethod( choice, profile ); }

  //! Default PREVALENCE: about 10% of households (see shortHelpString()).
  static constexpr double kDefaultPrevalence = HouseholdScoringSetup::kDefaultPrevalence;
  //! At most this many distinct unseen field/value pairs are named in the log.
  static constexpr int kMaxUnseenWarnings = HouseholdScoringSetup::kMaxUnseenWarnings;

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

  HouseholdScoringSetup mSetup; //!< profile, method, prevalences, scoring fields (shared with aggregateareas)
  std::unique_ptr<engine::ScoringSession> mSession;
  bool mCalibrated = false;
};

} // namespace targetgroup
