#pragma once
// Selecting households by an expression (SEED, BASE, MEMBER, …): one place
// that parses, checks, prepares and evaluates the expressions, with one
// wording of errors that names the parameter, the expression, the field or
// the household, and what to do.

#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeature.h>
#include <qgsfeaturerequest.h>
#include <qgsfields.h>

#include <QSet>
#include <QString>

namespace targetgroup
{

class HouseholdSelection
{
public:
  /**
   * \a parameterName names the expression in messages (e.g. "SEED"); empty
   * \a text selects every household. Throws QgsProcessingException when the
   * expression does not parse, uses a field that \a fields (the layer
   * \a layerDescription) lacks, or cannot be prepared in \a context.
   * Read \a text with parameterAsString(): QGIS 3.22's parameterAsExpression()
   * returns an empty string for an expression that does not parse, which would
   * silently select everything.
   */
  HouseholdSelection( const QString &parameterName, const QString &text, const QgsFields &fields, const QString &layerDescription, QgsExpressionContext &context );

  //! True when no expression was given: every household is selected.
  bool selectsAll() const { return mText.isEmpty(); }
  QString text() const { return mText; }

  //! The fields the expression reads; QgsFeatureRequest::ALL_ATTRIBUTES when it reads them all.
  QSet<QString> referencedColumns() const;
  bool needsGeometry() const;

  /**
   * True when the expression is true for \a feature (set on \a context by the
   * caller); NULL counts as false. Throws, naming the household, when the
   * evaluation fails.
   */
  bool selects( QgsExpressionContext &context, const QgsFeature &feature );

private:
  QString mParameterName;
  QString mText;
  QgsExpression mExpression;
};

/**
 * Narrows \a request to \a wanted fields plus those the selections read (all
 * attributes when one reads them all), and asks for no geometry unless
 * \a needsGeometry or a selection needs it.
 */
void restrictRequest( QgsFeatureRequest &request, const QgsFields &fields, QSet<QString> wanted, std::initializer_list<const HouseholdSelection *> selections, bool needsGeometry );

} // namespace targetgroup
