#pragma once
// targetgroup:synthetichouseholds -- synthetic household points inside area
// polygons, with correlated geodemographic attributes from a documented latent
// model (engine/synthetichouseholds.h), for demos, training and benchmarks
// without licensed household data.

#include "common/memberfile.h"
#include "common/outputschema.h"

#include "common/parametercheck.h"
#include <qgsfields.h>

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingutils.h>

#include <memory>

namespace targetgroup
{

class SyntheticHouseholdsAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString AREAS = QStringLiteral( "AREAS" );
  static inline const QString HOUSEHOLDS = QStringLiteral( "HOUSEHOLDS" );
  static inline const QString COUNT_FIELD = QStringLiteral( "COUNT_FIELD" );
  static inline const QString RANDOM_SEED = QStringLiteral( "RANDOM_SEED" );
  static inline const QString GROUND_TRUTH = QStringLiteral( "GROUND_TRUTH" );
  static inline const QString OUTPUT = QStringLiteral( "OUTPUT" );
  // Numeric result.
  static inline const QString HOUSEHOLD_COUNT = QStringLiteral( "HOUSEHOLD_COUNT" );

  // Output field names: a contract with scoring, aggregation and benchmarks.
  static inline const QString FIELD_ID = QStringLiteral( "hh_id" );
  static inline const QString FIELD_AREA_CODE = QStringLiteral( "area_code" );
  // The address, under the names "Match the member file to households" looks for by default.
  static inline const QString FIELD_POSTCODE = memberparameters::kDefaultPostcodeField;
  static inline const QString FIELD_HOUSE_NUMBER = memberparameters::kDefaultNumberField;
  static inline const QString FIELD_ADDITION = memberparameters::kDefaultAdditionField;
  static inline const QString FIELD_AGE_CLASS = QStringLiteral( "age_class" );
  static inline const QString FIELD_HOUSEHOLD_TYPE = QStringLiteral( "hh_type" );
  static inline const QString FIELD_EDUCATION = QStringLiteral( "education" );
  static inline const QString FIELD_INCOME = QStringLiteral( "income" );
  static inline const QString FIELD_TENURE = QStringLiteral( "tenure" );
  static inline const QString FIELD_DWELLING = QStringLiteral( "dwelling" );
  static inline const QString FIELD_SEGMENT = QStringLiteral( "segment" );
  static inline const QString FIELD_FIRST_LANGUAGE = QStringLiteral( "first_lang" );
  static inline const QString FIELD_DIY = QStringLiteral( "int_diy" );
  static inline const QString FIELD_TV_SOAPS = QStringLiteral( "int_tv_soaps" );
  static inline const QString FIELD_SPORTS = QStringLiteral( "int_sports" );
  static inline const QString FIELD_READING = QStringLiteral( "int_reading" );
  static inline const QString FIELD_GARDENING = QStringLiteral( "int_gardening" );
  static inline const QString FIELD_FACEBOOK = QStringLiteral( "media_facebook" );
  static inline const QString FIELD_LOCAL_PAPER = QStringLiteral( "media_local_paper" );
  static inline const QString FIELD_DISCOUNT_STORE = QStringLiteral( "buy_discount_store" );
  static inline const QString FIELD_ONLINE = QStringLiteral( "buy_online" );
  static inline const QString FIELD_MEMBER = QStringLiteral( "is_member" );
  static inline const QString FIELD_EASY_READ_LOANS = QStringLiteral( "easy_read_loans" );
  static inline const QString FIELD_TRUTH = QStringLiteral( "tg_truth" );

  //! The area field copied into area_code when present.
  static inline const QString AREA_CODE_SOURCE_FIELD = schema::kCbsCodeField;

  //! Attempts per household to hit the polygon from its bounding box before
  //! the polygon's remaining households go to its point on surface.
  static constexpr int MAX_PLACEMENT_ATTEMPTS = 1000;

  QString name() const override { return QStringLiteral( "synthetichouseholds" ); }
  QString displayName() const override { return QObject::tr( "Generate synthetic households" ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  SyntheticHouseholdsAlgorithm *createInstance() const override { return new SyntheticHouseholdsAlgorithm(); }

  //! The output fields, in order; tg_truth last and only with the ground truth.
  static QgsFields outputFields( bool withGroundTruth );

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  std::unique_ptr<QgsProcessingFeatureSource> mAreas;
  QString mAreasDescription;
  long long mTotalHouseholds = 0;
  QString mCountField;
  int mCountFieldIndex = -1;
  int mAreaCodeIndex = -1;
  long long mRandomSeed = 42;
  bool mGroundTruth = false;
};

} // namespace targetgroup
