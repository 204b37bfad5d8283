// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.wes.query.upbillcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.wes.query.upbillcode` (通过一个码查询上游出库单). */
export interface AlibabaAlihealthDrugKytWesQueryUpbillcodeRequest {
  /** 企业REF_ENT_ID （当前企业的唯一标识） */
  ref_ent_id?: string;
  /** 服务时间 */
  license_token: string;
  /** 追溯码 */
  code?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.wes.query.upbillcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytWesQueryUpbillcodeResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytWesQueryUpbillcodeResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.wes.query.upbillcode`. */
export interface AlibabaAlihealthDrugKytWesQueryUpbillcodeResultModel {
  /** 是否成功 */
  success?: boolean;
  /** model */
  model_list?: AlibabaAlihealthDrugKytWesQueryUpbillcodeBillUpstreamDTO[];
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `BillUpstreamDTO` of `alibaba.alihealth.drug.kyt.wes.query.upbillcode`. */
export interface AlibabaAlihealthDrugKytWesQueryUpbillcodeBillUpstreamDTO {
  /** 发货企业名称 */
  from_user_name?: string;
  /** 单据时间 */
  bill_time?: string;
  /** 货主 */
  ref_user_id?: string;
  /** 发货企业ID */
  from_user_id?: string;
  /** 单据类型 */
  bill_type?: string;
  /** 收货企业名称 */
  to_user_name?: string;
  /** 单据号 */
  bill_code?: string;
  /** 收货企业ID */
  to_user_id?: string;
  /** 收货企业REF_ENT_ID */
  to_ref_user_id?: string;
  /** 发货企业REF_ENT_ID */
  from_ref_user_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model_list: [
      {
        from_user_name: 'String',
        bill_time: 'Date',
        ref_user_id: 'String',
        from_user_id: 'String',
        bill_type: 'String',
        to_user_name: 'String',
        bill_code: 'String',
        to_user_id: 'String',
        to_ref_user_id: 'String',
        from_ref_user_id: 'String',
      },
    ],
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.wes.query.upbillcode`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytWesQueryUpbillcodeOperation = {
  method: 'alibaba.alihealth.drug.kyt.wes.query.upbillcode',
  responseRoot: 'alibaba_alihealth_drug_kyt_wes_query_upbillcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过一个码查询上游出库单 — calls TOP method `alibaba.alihealth.drug.kyt.wes.query.upbillcode`.
 *
 * 一个查询上游出库单号的接口。企业在扫码入库时，接口通过扫到的码判定这个码对应的上游企业所属的出库单据号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytWesQueryUpbillcode(
  client: TopClient,
  request: AlibabaAlihealthDrugKytWesQueryUpbillcodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytWesQueryUpbillcodeResponse> {
  return client.call<AlibabaAlihealthDrugKytWesQueryUpbillcodeResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.wes.query.upbillcode',
      responseRoot: 'alibaba_alihealth_drug_kyt_wes_query_upbillcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
