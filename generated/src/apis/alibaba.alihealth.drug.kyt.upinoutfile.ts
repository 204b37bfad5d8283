// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.upinoutfile.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.upinoutfile` (上传出入库单据(传文件)). */
export interface AlibabaAlihealthDrugKytUpinoutfileRequest {
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
  /** 收货企业entId */
  from_user_id?: string;
  /** 发货企业entId */
  to_user_id?: string;
  /** 直调企业标识 */
  dest_user_id?: string;
  /** 单据提交者（key编号） */
  oper_ic_code: string;
  /** 单据提交者姓名 */
  oper_ic_name: string;
  /** 仓号 */
  warehouse_id?: string;
  /** 药品ID */
  drug_id?: string;
  /** 文件内容 */
  file_content?: string;
  /** 文件名 */
  upload_file_name?: string;
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

/** Response of `alibaba.alihealth.drug.kyt.upinoutfile`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUpinoutfileResponse {
  /** 上传的ID */
  model?: string;
  /** 返回编码 */
  msg_code?: string;
  /** 描述信息 */
  msg_info?: string;
  /** 返回值 */
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
  file_content: 'String',
  upload_file_name: 'String',
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

/** Static description of `alibaba.alihealth.drug.kyt.upinoutfile`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUpinoutfileOperation = {
  method: 'alibaba.alihealth.drug.kyt.upinoutfile',
  responseRoot: 'alibaba_alihealth_drug_kyt_upinoutfile_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传出入库单据(传文件) — calls TOP method `alibaba.alihealth.drug.kyt.upinoutfile`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUpinoutfile(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUpinoutfileRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUpinoutfileResponse> {
  return client.call<AlibabaAlihealthDrugKytUpinoutfileResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.upinoutfile',
      responseRoot: 'alibaba_alihealth_drug_kyt_upinoutfile_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
