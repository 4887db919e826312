// The profile's HTML report: text escaped, numbers in the user's locale
// (the report printed C-locale numbers before it used the HTML writer).

#include "common/profilereport.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QRegularExpression>

using namespace targetgroup;

namespace
{

/**
 * 1,200 seed households among 15,000. Scoring field "education":
 * low 700 / 6,000 -> seed 58.3%, base 40.0%, index 100 * (700 / 1200) / (6000 / 15000) = 145.8;
 * high 500 / 9,000 -> seed 41.7%, base 60.0%, index 69.4.
 * Descriptive field "hobby" with the category "<b>reading</b>" 600 / 5,000 -> index 150.
 */
engine::Profile testProfile()
{
  engine::Profile profile;
  profile.seedExpression = "\"easy\" = 1";
  profile.seedCount = 1200;
  profile.baseCount = 15000;
  engine::ProfileField education;
  education.name = "education";
  education.categories = { { "low", 700, 6000 }, { "high", 500, 9000 } };
  engine::ProfileField hobby;
  hobby.name = "hobby";
  hobby.usedForScoring = false;
  hobby.categories = { { "<b>reading</b>", 600, 5000 }, { "other things", 600, 10000 } };
  profile.fields = { education, hobby };
  return profile;
}

class ProfileReport : public ::testing::Test
{
protected:
  void TearDown() override { QLocale::setDefault( mPrevious ); }

  QString report( const QLocale &locale ) const
  {
    QLocale::setDefault( locale );
    const engine::Profile profile = testProfile();
    return profileReportHtml( profile, engine::summarizeProfile( profile ), QStringLiteral( "households & <more>" ) );
  }

  const QLocale mPrevious;
};

} // namespace

TEST_F( ProfileReport, TextIsEscaped )
{
  const QString html = report( QLocale( QLocale::English, QLocale::UnitedStates ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "households &amp; &lt;more&gt;" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>&lt;b&gt;reading&lt;/b&gt;</td>" ) ) ) << html.toStdString();
  EXPECT_FALSE( html.contains( QStringLiteral( "<b>reading" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "&quot;easy&quot; = 1" ) ) );
}

TEST_F( ProfileReport, EnglishNumbers )
{
  const QString html = report( QLocale( QLocale::English, QLocale::UnitedStates ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<th>Seed households</th><td class=\"n\">1,200</td>" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "<th>Comparison base</th><td class=\"n\">15,000</td><td>all households</td>" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>low</td><td class=\"n\">700</td><td class=\"n\">58.3</td><td class=\"n\">6,000</td><td class=\"n\">40.0</td><td class=\"n\">146</td>" ) ) )
      << html.toStdString();
  // Significant categories are bold rows.
  EXPECT_TRUE( html.contains( QStringLiteral( "<tr class=\"strong\"><td>low</td>" ) ) );
}

TEST_F( ProfileReport, DutchNumbers )
{
  const QString html = report( QLocale( QLocale::Dutch, QLocale::Netherlands ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "<th>Seed households</th><td class=\"n\">1.200</td>" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>low</td><td class=\"n\">700</td><td class=\"n\">58,3</td><td class=\"n\">6.000</td><td class=\"n\">40,0</td><td class=\"n\">146</td>" ) ) )
      << html.toStdString();
  // The chart's coordinates stay SVG syntax whatever the locale.
  EXPECT_TRUE( html.contains( QStringLiteral( "<svg" ) ) );
  EXPECT_FALSE( html.contains( QRegularExpression( QStringLiteral( "(x|x1|x2|width)=\"\\d+,\\d" ) ) ) ) << html.toStdString();
}
