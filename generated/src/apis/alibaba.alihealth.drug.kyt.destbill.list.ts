// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.destbill.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.destbill.list` (直调单据查询). */
export interface AlibabaAlihealthDrugKytDestbillListRequest {
  /** 企业ID */
  ref_ent_id?: string;
  /** 开始时间，格式yyyy-MM-dd */
  begin_date?: string;
  /** 结束时间，格式yyyy-MM-dd */
  end_date?: string;
  /** 单据编号 */
  bill_code?: string;
  /** 审核状态，1：未审核；2：审核通过；3：审核失败 */
  approval_status?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.destbill.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDestbillListResponse {
  /** 接口返回result */
  result?: AlibabaAlihealthDrugKytDestbillListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.destbill.list`. */
export interface AlibabaAlihealthDrugKytDestbillListResult {
  /** 是否成功 */
  response_success?: boolean;
  /** 接口返回model */
  model_list?: AlibabaAlihealthDrugKytDestbillListModel[];
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `Model` of `alibaba.alihealth.drug.kyt.destbill.list`. */
export interface AlibabaAlihealthDrugKytDestbillListModel {
  /** 药品类型 */
  drug_type?: string;
  /** 发货单位 */
  from_user_name?: string;
  /** 委托企业ref_ent_id */
  ass_ref_ent_id?: string;
  /** 直调收货企业 */
  dest_ent_name?: string;
  /** 委托企业名称 */
  ass_ent_name?: string;
  /** 配送企业ref_ent_id */
  dis_ref_ent_id?: string;
  /** 单据ID */
  bill_id?: string;
  /** 委托企业ent_id */
  ass_ent_id?: string;
  /** 配送企业ent_id */
  dis_ent_id?: string;
  /** 收货企业名称 */
  to_user_name?: string;
  /** 配送企业名称 */
  dis_ent_name?: string;
  /** 审核状态，1：未审核；2：审核通过；3：审核失败 */
  status?: string;
  /** 单据编号 */
  bill_code?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  begin_date: 'String',
  end_date: 'String',
  bill_code: 'String',
  approval_status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    response_success: 'Boolean',
    model_list: [
      {
        drug_type: 'String',
        from_user_name: 'String',
        ass_ref_ent_id: 'String',
        dest_ent_name: 'String',
        ass_ent_name: 'String',
        dis_ref_ent_id: 'String',
        bill_id: 'String',
        ass_ent_id: 'String',
        dis_ent_id: 'String',
        to_user_name: 'String',
        dis_ent_name: 'String',
        status: 'String',
        bill_code: 'String',
      },
    ],
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.destbill.list`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDestbillListOperation = {
  method: 'alibaba.alihealth.drug.kyt.destbill.list',
  responseRoot: 'alibaba_alihealth_drug_kyt_destbill_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 直调单据查询 — calls TOP method `alibaba.alihealth.drug.kyt.destbill.list`.
 *
 * 为药企提供直调单据查询功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDestbillList(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDestbillListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDestbillListResponse> {
  return client.call<AlibabaAlihealthDrugKytDestbillListResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.destbill.list',
      responseRoot: 'alibaba_alihealth_drug_kyt_destbill_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
