/** Messages of the desk's change-log writing (who recorded, why) (Chinese, the reference set). */
export const deskChangeLog = {
  'desk.changeLog.legend': '修改记录',
  'desk.changeLog.intro':
    '每次发布都会在答复函的公开修改记录中留下一条:日期、记录人、改了什么;评定有变化时还须写明理由。',
  'desk.changeLog.recordedBy': '记录人',
  'desk.changeLog.recordedBy.hint': '填写您的姓名,将按所填原样公开显示。',
  'desk.changeLog.recordedBy.missing': '请填写记录人:修改记录要写明是谁记录的。',
  'desk.changeLog.summary': '说明(选填)',
  'desk.changeLog.summary.hint': '用一两句话说明这次发布的内容,例如“录入2024年工作报告中的进展”。',
  'desk.changeLog.reasons.intro': '这次发布改变了 {count} 项承诺的评定,每一项都须写明理由。',
  'desk.changeLog.reason.set': '“{title}”核定为{to}的理由',
  'desk.changeLog.reason.moved': '“{title}”的评定由{from}改为{to}的理由',
  'desk.changeLog.reason.withdrawn': '“{title}”撤销评定({from})的理由',
  'desk.changeLog.reason.missing': '请写明“{title}”的评定为何变化:评定有变化时必须写明理由。',
  'desk.changeLog.problem.incomplete':
    '请先在上方“修改记录”中填写记录人,并为每项评定变化写明理由。',
}
