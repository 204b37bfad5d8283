// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.scqy.putpackage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.scqy.putpackage` (码拼箱). */
export interface AlibabaAlihealthDrugKytScqyPutpackageRequest {
  /** 企业id */
  ref_entid: string;
  /** 二级码 */
  secondary_code: string;
  /** 一级码 */
  primary_codes: string;
}

/** Response of `alibaba.alihealth.drug.kyt.scqy.putpackage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytScqyPutpackageResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugKytScqyPutpackageResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.scqy.putpackage`. */
export interface AlibabaAlihealthDrugKytScqyPutpackageResultModel {
  /** 内层大对象 */
  model?: AlibabaAlihealthDrugKytScqyPutpackageNewCodeMovePackagingResultDTO;
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  success?: boolean;
}

/** `NewCodeMovePackagingResultDTO` of `alibaba.alihealth.drug.kyt.scqy.putpackage`. */
export interface AlibabaAlihealthDrugKytScqyPutpackageNewCodeMovePackagingResultDTO {
  /** 二级码 */
  secondary_code?: string;
  /** 一级码 */
  primary_codes?: string;
  /** 码拼箱状态 */
  status?: string;
  /** 码拼箱信息 */
  info?: string;
  /** 内层小对象 */
  new_code_move_packaging_result_d_t_os?: AlibabaAlihealthDrugKytScqyPutpackageCodeMovePackagingResultDTO[];
}

/** `CodeMovePackagingResultDTO` of `alibaba.alihealth.drug.kyt.scqy.putpackage`. */
export interface AlibabaAlihealthDrugKytScqyPutpackageCodeMovePackagingResultDTO {
  /** 替换码 */
  source_code?: string;
  /** 被替换码 */
  target_code?: string;
  /** 拼箱状态 */
  status?: string;
  /** 拼箱信息 */
  info?: string;
}

const REQUEST_SCHEMA = {
  ref_entid: 'String',
  secondary_code: 'String',
  primary_codes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      secondary_code: 'String',
      primary_codes: 'String',
      status: 'String',
      info: 'String',
      new_code_move_packaging_result_d_t_os: [
        {
          source_code: 'String',
          target_code: 'String',
          status: 'String',
          info: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.scqy.putpackage`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytScqyPutpackageOperation = {
  method: 'alibaba.alihealth.drug.kyt.scqy.putpackage',
  responseRoot: 'alibaba_alihealth_drug_kyt_scqy_putpackage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码拼箱 — calls TOP method `alibaba.alihealth.drug.kyt.scqy.putpackage`.
 *
 * 码拼箱接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytScqyPutpackage(
  client: TopClient,
  request: AlibabaAlihealthDrugKytScqyPutpackageRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytScqyPutpackageResponse> {
  return client.call<AlibabaAlihealthDrugKytScqyPutpackageResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.scqy.putpackage',
      responseRoot: 'alibaba_alihealth_drug_kyt_scqy_putpackage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
