#pragma once
// targetgroup:matchmembers -- the member file as the library system exports it
// (members keyed by postcode, house number and addition) matched to the
// households: per household the number of members at its address and a 0/1
// member flag, and every member that matches no household with its reason.

#include "common/memberfile.h"
#include "common/parametercheck.h"

#include <qgsprocessingalgorithm.h>
#include <qgsprocessingutils.h>

#include <memory>

namespace targetgroup
{

class MatchMembersAlgorithm : public CheckedAlgorithm<QgsProcessingAlgorithm>
{
public:
  static inline const QString INPUT = QStringLiteral( "INPUT" );
  static inline const QString MEMBERS = memberparameters::MEMBERS;
  static inline const QString HOUSEHOLD_POSTCODE = memberparameters::HOUSEHOLD_POSTCODE;
  static inline const QString HOUSEHOLD_NUMBER = memberparameters::HOUSEHOLD_NUMBER;
  static inline const QString HOUSEHOLD_ADDITION = memberparameters::HOUSEHOLD_ADDITION;
  static inline const QString MEMBER_POSTCODE = memberparameters::MEMBER_POSTCODE;
  static inline const QString MEMBER_NUMBER = memberparameters::MEMBER_NUMBER;
  static inline const QString MEMBER_ADDITION = memberparameters::MEMBER_ADDITION;
  static inline const QString OUTPUT = QStringLiteral( "OUTPUT" );
  static inline const QString UNMATCHED_OUTPUT = QStringLiteral( "UNMATCHED_OUTPUT" );
  // Numeric results.
  static inline const QString MEMBERS_READ = memberparameters::MEMBERS_READ;
  static inline const QString MEMBERS_MATCHED = memberparameters::MEMBERS_MATCHED;
  static inline const QString MEMBERS_UNMATCHED = memberparameters::MEMBERS_UNMATCHED;
  static inline const QString HOUSEHOLDS_WITH_MEMBERS = memberparameters::HOUSEHOLDS_WITH_MEMBERS;

  QString name() const override { return QStringLiteral( "matchmembers" ); }
  QString displayName() const override { return QObject::tr( "Match the member file to households" ); }
  QStringList tags() const override;
  QString shortHelpString() const override;
  QString shortDescription() const override;
  MatchMembersAlgorithm *createInstance() const override { return new MatchMembersAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  bool prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
  QVariantMap processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

private:
  std::unique_ptr<QgsProcessingFeatureSource> mHouseholds;
  std::unique_ptr<MemberFile> mMembers;
  //! Indexes in INPUT of fields named mem_count / is_member (replaced in OUTPUT), or -1.
  int mReplacedCountIndex = -1;
  int mReplacedFlagIndex = -1;
};

} // namespace targetgroup
