// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.smyx.uploadinoutbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.smyx.uploadinoutbill` (药店出入库信息上传). */
export interface AlibabaAlihealthDrugKytSmyxUploadinoutbillRequest {
  /** 单据编码 */
  bill_code: string;
  /** 单据时间 */
  bill_time: DateInput;
  /** 单据类型【102代表采购入库】 */
  bill_type: Int64Input;
  /** 药品类型【3普药2特药】 */
  physic_type: Int64Input;
  /** 上传企业的单位编码 */
  ref_user_id: string;
  /** 代理企业REF标识 */
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
   * 追溯码[多个时用逗号分开]
   *
   * Max list size: 800
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
}

/** Response of `alibaba.alihealth.drug.kyt.smyx.uploadinoutbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytSmyxUploadinoutbillResponse {
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.smyx.uploadinoutbill`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytSmyxUploadinoutbillOperation = {
  method: 'alibaba.alihealth.drug.kyt.smyx.uploadinoutbill',
  responseRoot: 'alibaba_alihealth_drug_kyt_smyx_uploadinoutbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 药店出入库信息上传 — calls TOP method `alibaba.alihealth.drug.kyt.smyx.uploadinoutbill`.
 *
 * 药店上传出入库信息，包括采购入库（102），退货入库（103），供应入库（107）,退货出库（202），销毁出库（205），抽检出库（206）， 供应出库（209）,
 * 不包括对个人的零售出库，疫苗接种，领药出库。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytSmyxUploadinoutbill(
  client: TopClient,
  request: AlibabaAlihealthDrugKytSmyxUploadinoutbillRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytSmyxUploadinoutbillResponse> {
  return client.call<AlibabaAlihealthDrugKytSmyxUploadinoutbillResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.smyx.uploadinoutbill',
      responseRoot: 'alibaba_alihealth_drug_kyt_smyx_uploadinoutbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
