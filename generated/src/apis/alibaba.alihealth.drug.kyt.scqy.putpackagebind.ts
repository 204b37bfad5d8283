// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.scqy.putpackagebind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.scqy.putpackagebind` (码拼箱建立父子关系接口). */
export interface AlibabaAlihealthDrugKytScqyPutpackagebindRequest {
  /** 企业id */
  ref_ent_id: string;
  /** 替换父码 */
  source_parent_code: string;
  /** 替换子码 */
  source_child_codes: string;
  /** 被替换父码 */
  target_parent_code: string;
}

/** Response of `alibaba.alihealth.drug.kyt.scqy.putpackagebind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytScqyPutpackagebindResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugKytScqyPutpackagebindResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.scqy.putpackagebind`. */
export interface AlibabaAlihealthDrugKytScqyPutpackagebindResultModel {
  /** 内层大对象 */
  model?: AlibabaAlihealthDrugKytScqyPutpackagebindCodeMovePackagingSecondDTO;
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  success?: boolean;
}

/** `CodeMovePackagingSecondDTO` of `alibaba.alihealth.drug.kyt.scqy.putpackagebind`. */
export interface AlibabaAlihealthDrugKytScqyPutpackagebindCodeMovePackagingSecondDTO {
  /** 替换父码 */
  source_parent_code?: string;
  /** 替换子码 */
  source_child_codes?: string;
  /** 被替换父码 */
  target_parent_code?: string;
  /** 被替换子码 */
  target_child_codes?: string;
  /** 码拼箱状态 */
  status?: string;
  /** 码拼箱信息 */
  info?: string;
  /** 内层小对象 */
  recover_code_move_packaging_result_dtos?: AlibabaAlihealthDrugKytScqyPutpackagebindRecoverCodeMovePackagingResultDTO[];
}

/** `RecoverCodeMovePackagingResultDTO` of `alibaba.alihealth.drug.kyt.scqy.putpackagebind`. */
export interface AlibabaAlihealthDrugKytScqyPutpackagebindRecoverCodeMovePackagingResultDTO {
  /** 替换父码 */
  source_parent_code?: string;
  /** 替换子码 */
  source_child_code?: string;
  /** 被替换父码 */
  target_parent_code?: string;
  /** 被替换子码 */
  target_child_code?: string;
  /** 码拼箱状态 */
  status?: string;
  /** 码拼箱信息 */
  info?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  source_parent_code: 'String',
  source_child_codes: 'String',
  target_parent_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      source_parent_code: 'String',
      source_child_codes: 'String',
      target_parent_code: 'String',
      target_child_codes: 'String',
      status: 'String',
      info: 'String',
      recover_code_move_packaging_result_dtos: [
        {
          source_parent_code: 'String',
          source_child_code: 'String',
          target_parent_code: 'String',
          target_child_code: 'String',
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

/** Static description of `alibaba.alihealth.drug.kyt.scqy.putpackagebind`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytScqyPutpackagebindOperation = {
  method: 'alibaba.alihealth.drug.kyt.scqy.putpackagebind',
  responseRoot: 'alibaba_alihealth_drug_kyt_scqy_putpackagebind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码拼箱建立父子关系接口 — calls TOP method `alibaba.alihealth.drug.kyt.scqy.putpackagebind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytScqyPutpackagebind(
  client: TopClient,
  request: AlibabaAlihealthDrugKytScqyPutpackagebindRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytScqyPutpackagebindResponse> {
  return client.call<AlibabaAlihealthDrugKytScqyPutpackagebindResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.scqy.putpackagebind',
      responseRoot: 'alibaba_alihealth_drug_kyt_scqy_putpackagebind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
