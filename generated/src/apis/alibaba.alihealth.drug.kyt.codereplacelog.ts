// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.codereplacelog.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.codereplacelog` (码替换记录查询). */
export interface AlibabaAlihealthDrugKytCodereplacelogRequest {
  /** 企业ref_ent_id（码申请企业） */
  ref_ent_id: string;
  /** 开始时间（最大查询区间一年） */
  begin_time: string;
  /** 截至时间（最大查询区间一年） */
  end_time: string;
  /** 追溯码（不区分新码、旧码） */
  code?: string;
  /** 页数（默认一页20条） */
  page: Int64Input;
  /** 药品ID */
  drug_ent_base_info_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.codereplacelog`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytCodereplacelogResponse {
  /** 返回对象 */
  model?: AlibabaAlihealthDrugKytCodereplacelogToolPage;
  /** 返回编码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 调用是否成功(true 成功 false 失败) */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ToolPage` of `alibaba.alihealth.drug.kyt.codereplacelog`. */
export interface AlibabaAlihealthDrugKytCodereplacelogToolPage {
  /** 返回列表 */
  data?: AlibabaAlihealthDrugKytCodereplacelogLogCodeReplaceDTO[];
  /** 总数 */
  total_count?: Int64;
  /** 当前页数 */
  current_page?: Int64;
}

/** `LogCodeReplaceDTO` of `alibaba.alihealth.drug.kyt.codereplacelog`. */
export interface AlibabaAlihealthDrugKytCodereplacelogLogCodeReplaceDTO {
  /** 主键 */
  id?: string;
  /** 操作人 */
  oper_ic_code?: string;
  /** 操作时间 */
  oper_date?: string;
  /** 旧码 */
  piats_code_old?: string;
  /** 新码 */
  piats_code_new?: string;
  /** 码级别 */
  code_level?: Int64;
  /** 企业ID */
  ref_ent_id?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  begin_time: 'String',
  end_time: 'String',
  code: 'String',
  page: 'Number',
  drug_ent_base_info_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    data: [
      {
        id: 'String',
        oper_ic_code: 'String',
        oper_date: 'Date',
        piats_code_old: 'String',
        piats_code_new: 'String',
        code_level: 'Number',
        ref_ent_id: 'String',
        drug_ent_base_info_id: 'String',
      },
    ],
    total_count: 'Number',
    current_page: 'Number',
  },
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.codereplacelog`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytCodereplacelogOperation = {
  method: 'alibaba.alihealth.drug.kyt.codereplacelog',
  responseRoot: 'alibaba_alihealth_drug_kyt_codereplacelog_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码替换记录查询 — calls TOP method `alibaba.alihealth.drug.kyt.codereplacelog`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytCodereplacelog(
  client: TopClient,
  request: AlibabaAlihealthDrugKytCodereplacelogRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytCodereplacelogResponse> {
  return client.call<AlibabaAlihealthDrugKytCodereplacelogResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.codereplacelog',
      responseRoot: 'alibaba_alihealth_drug_kyt_codereplacelog_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
