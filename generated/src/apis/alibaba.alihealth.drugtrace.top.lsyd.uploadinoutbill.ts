// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill` (出入库单据上传). */
export interface AlibabaAlihealthDrugtraceTopLsydUploadinoutbillRequest {
  /** 单据编码（每个单据号只能上传一次） */
  bill_code: string;
  /** 单据时间 */
  bill_time: DateInput;
  /** 单据类型【102代表采购入库】 */
  bill_type: Int64Input;
  /** 药品类型【3普药2特药】89开头的码定义为特药，其它码定义成普药 */
  physic_type: Int64Input;
  /** 上传单据企业的单位编码【注意：该入参是ref_ent_id，不是ent_id】 */
  ref_user_id: string;
  /** 代理企业【注意：该入参是ref_ent_id，不是ent_id】，该字段兼容之前接口逻辑，后期将不允许使用，不要填值。 */
  agent_ref_user_id?: string;
  /** 发货企业entId */
  from_user_id: string;
  /** 收货企业entId */
  to_user_id: string;
  /** 直调企业标识 */
  dest_user_id?: string;
  /** 单据提交者（appkey编号） */
  oper_ic_code: string;
  /** 单据提交者姓名 */
  oper_ic_name: string;
  /** 仓号 */
  warehouse_id?: string;
  /** 药品ID[企业自已系统的药品ID] */
  drug_id?: string;
  /**
   * 追溯码【多个码时用逗号拼接的字符串。要求数量在3500个码以下，但一般不要传这么多，如果网络不好很容易传输一半报错】
   *
   * Max list size: 3500
   */
  trace_codes: string[];
  /** 客户端类型[必须填2] */
  client_type: string;
  /** 退货原因代码[退货入出库时填写] */
  return_reason_code?: string;
  /** 退货原因描述[退货入出库时填写] */
  return_reason_des?: string;
  /** 注销原因代码【销毁出库时填写】 */
  cancel_reason_code?: string;
  /** 注销原因描述【销毁出库时填写】 */
  cancel_reason_des?: string;
  /** 执行人姓名【销毁出库时填写】 */
  executer_name?: string;
  /** 执行人证件号【销毁出库时填写】 */
  executer_code?: string;
  /** 监督人姓名【销毁出库时填写】 */
  superviser_name?: string;
  /** 监督人证件号【销毁出库时填写】 */
  superviser_code?: string;
  /** （协同平台数据合规）发货地址【必选】 */
  from_address?: string;
  /** （协同平台数据合规）收货地址【必选】 */
  to_address?: string;
  /** （协同平台数据合规）发货单编号【必选】 */
  from_bill_code?: string;
  /** （协同平台数据合规）订货单编号【可选】 */
  order_code?: string;
  /** （协同平台数据合规）发货人【必选】 */
  from_person?: string;
  /** （协同平台数据合规）收货人【必选】 */
  to_person?: string;
  /** （协同平台数据合规）药品配送企业【出库单，收货方为医疗机构时填写】 */
  dis_ref_ent_id?: string;
  /** （协同平台数据合规）药品配送企业entId【出库单，收货方为医疗机构时填写】 */
  dis_ent_id?: string;
  /** （协同平台数据合规）应收货总数量【必选】 */
  qu_receivable?: Int64Input;
  /** （协同平台数据合规）是否验证，0：未通过验证，1：已验证 */
  xt_is_check?: string;
  /** （协同平台数据合规）未验证通过原因【验证未通过时填写】 */
  xt_check_code?: string;
  /** （协同平台数据合规）未验证通过原因描述【验证未通过时填写】 */
  xt_check_code_desc?: string;
  /** （协同平台数据合规）药品列表Json："codeCount": 药品数量 "commDrugId": 国家药品唯一标识 "exprieDate": 生产日期 "physicInfo": 药品信息 "pkgSpec": 包状规格 "prepnCount": 制剂数量 "produceBatchNo":生产批次 "produceDate": 生产日期 */
  drug_list_json?: string;
  /** （协同平台数据合规）单据委托企业refEntId【疫苗药品出库单填写】 */
  ass_ref_ent_id?: string;
  /** （协同平台数据合规）单据委托企业entId【疫苗药品出库单填写】 */
  ass_ent_id?: string;
}

/** Response of `alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopLsydUploadinoutbillResponse {
  /** 返回值 */
  model?: string;
  /** 返回编码(BILL_DECODE_ERROR 单据转码失败 BILL_FILE_NAME_DUPLICATE_UPLOAD 文件名重复) */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 是否成功(true 成功 false 失败) */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  bill_code: 'String',
  bill_time: 'Date',
  bill_type: 'Number',
  physic_type: 'Number',
  ref_user_id: 'String',
  agent_ref_user_id: 'String',
  from_user_id: 'String',
  to_user_id: 'String',
  dest_user_id: 'String',
  oper_ic_code: 'String',
  oper_ic_name: 'String',
  warehouse_id: 'String',
  drug_id: 'String',
  trace_codes: ['String'],
  client_type: 'String',
  return_reason_code: 'String',
  return_reason_des: 'String',
  cancel_reason_code: 'String',
  cancel_reason_des: 'String',
  executer_name: 'String',
  executer_code: 'String',
  superviser_name: 'String',
  superviser_code: 'String',
  from_address: 'String',
  to_address: 'String',
  from_bill_code: 'String',
  order_code: 'String',
  from_person: 'String',
  to_person: 'String',
  dis_ref_ent_id: 'String',
  dis_ent_id: 'String',
  qu_receivable: 'Number',
  xt_is_check: 'String',
  xt_check_code: 'String',
  xt_check_code_desc: 'String',
  drug_list_json: 'String',
  ass_ref_ent_id: 'String',
  ass_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopLsydUploadinoutbillOperation = {
  method: 'alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill',
  responseRoot: 'alibaba_alihealth_drugtrace_top_lsyd_uploadinoutbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出入库单据上传 — calls TOP method `alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill`.
 *
 * 零售企业上传出入库信息，包括102, "采购入库"；103, "退货入库"；104, "调拨入库"；107, "供应入库"；108, "召回入库"；110,"赠品入库"；111,"盘盈入库"；112,"报废入库"；113,"其他入库"
 * 201, "销售出库"；202, "退货出库"；203, "调拨出库"；204, "返工出库"；205, "销毁出库"；206, "抽检出库"；207, "直调出库"；209, "供应出库"；211, "召回出库"；212,"赠品出库"；214,"盘亏出库"；215,"损坏出库"；216,"报废出库"；217,"其他出库"；237, "直调退货"。
 * 不包括对个人的零售出库，疫苗接种，领药出库。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopLsydUploadinoutbill(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopLsydUploadinoutbillRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopLsydUploadinoutbillResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopLsydUploadinoutbillResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.lsyd.uploadinoutbill',
      responseRoot: 'alibaba_alihealth_drugtrace_top_lsyd_uploadinoutbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
