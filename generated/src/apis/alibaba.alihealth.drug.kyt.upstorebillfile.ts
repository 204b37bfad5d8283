// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.upstorebillfile.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.upstorebillfile` (上传零售出入库单(上传文件)). */
export interface AlibabaAlihealthDrugKytUpstorebillfileRequest {
  /** 单据编号 */
  bill_code: string;
  /** 单据日期 */
  bill_time: DateInput;
  /** 单据类型[321,零售出库][322,疫苗接种] */
  bill_type: Int64Input;
  /** 药品类型[3,普药] */
  physic_type?: Int64Input;
  /** 上传企业的单位编码 */
  ref_user_id: string;
  /** 发货企业(参与人标识，为null时会通过refEntId自动得到) */
  from_user_id?: string;
  /** 单据提交者(key编号) */
  oper_ic_code?: string;
  /** 据提交者姓名 */
  oper_ic_name?: string;
  /** 文件内容 */
  file_content?: string;
  /** 文件名 */
  upload_file_name?: string;
  /** 客户端类型[暂定都写2] */
  client_type?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.upstorebillfile`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUpstorebillfileResponse {
  /** 返回ID */
  model?: string;
  /** 请求编码 */
  msg_code?: string;
  /** 请求描述 */
  msg_info?: string;
  /** 返回接口 */
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
  from_user_id: 'String',
  oper_ic_code: 'String',
  oper_ic_name: 'String',
  file_content: 'String',
  upload_file_name: 'String',
  client_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.upstorebillfile`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUpstorebillfileOperation = {
  method: 'alibaba.alihealth.drug.kyt.upstorebillfile',
  responseRoot: 'alibaba_alihealth_drug_kyt_upstorebillfile_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传零售出入库单(上传文件) — calls TOP method `alibaba.alihealth.drug.kyt.upstorebillfile`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUpstorebillfile(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUpstorebillfileRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUpstorebillfileResponse> {
  return client.call<AlibabaAlihealthDrugKytUpstorebillfileResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.upstorebillfile',
      responseRoot: 'alibaba_alihealth_drug_kyt_upstorebillfile_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
