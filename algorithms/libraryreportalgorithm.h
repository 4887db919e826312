#pragma once
// targetgroup:libraryreport -- figures and reports per library service area
// (werkgebied): the areas of an aggregateareas output (MIN_COUNT 0) are
// assigned to the library whose service area holds their point on surface, or
// whose list of gemeente codes holds their code; their sums are rolled up per
// library (a library is a coarse area) with the suppression rule of every
// area output; one HTML report per library and an index page link them.

#include "common/areareportmodel.h"
#include "common/areatotals.h"
#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>

#include <memory>

namespace targetgroup
{

class LibraryReportAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString AREAS = QStringLiteral( "AREAS" );
  static inline const QString LIBRARIES = QStringLiteral( "LIBRARIES" );
  static inline const QString LIBRARY_NAME_FIELD = QStringLiteral( "LIBRARY_NAME_FIELD" );
  static inline const QString AREA_CODE_FIELD = QStringLiteral( "AREA_CODE_FIELD" );
  static inline const QString AREA_NAME_FIELD = QStringLiteral( "AREA_NAME_FIELD" );
  static inline const QString MIN_COUNT = QStringLiteral( "MIN_COUNT" );
  static inline const QString TOP_N = QStringLiteral( "TOP_N" );
  static inline const QString PROFILE = QStringLiteral( "PROFILE" );
  static inline const QString OUTPUT_TABLE = QStringLiteral( "OUTPUT_TABLE" );
  static inline const QString OUTPUT_AREAS = QStringLiteral( "OUTPUT_AREAS" );
  static inline const QString OUTPUT_FOLDER = QStringLiteral( "OUTPUT_FOLDER" );
  // Other results.
  static inline const QString INDEX_HTML = QStringLiteral( "INDEX_HTML" );
  static inline const QString LIBRARY_COUNT = QStringLiteral( "LIBRARY_COUNT" );
  static inline const QString AREAS_ASSIGNED = QStringLiteral( "AREAS_ASSIGNED" );
  static inline const QString AREAS_UNASSIGNED = QStringLiteral( "AREAS_UNASSIGNED" );
  static inline const QString UNASSIGNED_HOUSEHOLDS = QStringLiteral( "UNASSIGNED_HOUSEHOLDS" );
  static inline const QString AREAS_IN_SEVERAL = QStringLiteral( "AREAS_IN_SEVERAL" );
  static inline const QString SUPPRESSED_LIBRARIES = QStringLiteral( "SUPPRESSED_LIBRARIES" );

  //! The field of LIBRARIES that lists a library's gemeente codes ("GM0228,GM0203"); matched without regard to case.
  static inline const QString GM_CODES_FIELD = QStringLiteral( "GM_CODES" );

  QString name() const override { return QStringLiteral( "libraryreport" ); }
  QString displayName() const override { return QObject::tr( "Figures and reports per library service area" ); }
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  LibraryReportAlgorithm *createInstance() const override { return new LibraryReportAlgorithm(); }

  /**
   * A file name made from a library's name: lower case letters and digits,
   * other characters as one "-", at most 60 characters; "library" when
   * nothing is left. Uniqueness is the caller's (see uniqueFileNames()).
   */
  static QString safeFileName( const QString &libraryName );
  //! safeFileName() of every name, made unique by "-2", "-3"… in order; "index" is never used.
  static QStringList uniqueFileNames( const QStringList &libraryNames );
  //! The gemeente codes of a GM_CODES value, split at commas, semicolons and white space, upper-cased.
  static QStringList splitGemeenteCodes( const QString &value );

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  std::unique_ptr<QgsProcessingFeatureSource> mAreas;
  std::unique_ptr<QgsProcessingFeatureSource> mLibraries;
  AreaTotalsFields mTotalsFields;
  int mLibraryNameIndex = -1;
  int mGemeenteCodesIndex = -1;
  int mAreaCodeIndex = -1;
  QString mAreaCodeField;
  int mAreaNameIndex = -1;
  long long mMinimumCount = 10;
  AreaReportSettings mReportSettings;
};

} // namespace targetgroup
