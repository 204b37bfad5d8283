// Generated from specs/legalsuit/alibaba.legal.suit.seal.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.seal.push` (法宝推送用印). */
export interface AlibabaLegalSuitSealPushRequest {
  /** 最外层list */
  seal_task_model?: AlibabaLegalSuitSealPushSealTaskModelInput;
}

/** Response of `alibaba.legal.suit.seal.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitSealPushResponse {
  /** 是否成功 */
  api_success?: boolean;
  /** 错误code */
  api_error_code?: string;
  /** 返回内容 */
  content?: AlibabaLegalSuitSealPushSealResponseModel[];
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SealTaskModel` of `alibaba.legal.suit.seal.push`. */
export interface AlibabaLegalSuitSealPushSealTaskModelInput {
  /** 案件id */
  suit_id?: Int64Input;
  /** 推送人 */
  push_people?: string;
  /** 委托id */
  entrust_id?: Int64Input;
  /** 参数对象 */
  seal_file_models?: AlibabaLegalSuitSealPushSealFileModelInput[];
  /** 用印类型 */
  seal_type?: string;
  /** 处理人 */
  handler_work_no?: string;
}

/** `SealFileModel` of `alibaba.legal.suit.seal.push`. */
export interface AlibabaLegalSuitSealPushSealFileModelInput {
  /** 申请说明 */
  explain?: string;
  /** 备注 */
  remark?: string;
  /** 文件类型 */
  type?: string;
  /** 文件对象 */
  file_models?: AlibabaLegalSuitSealPushFileModelInput[];
}

/** `FileModel` of `alibaba.legal.suit.seal.push`. */
export interface AlibabaLegalSuitSealPushFileModelInput {
  /** 创建时间（可不填） */
  create_time?: DateInput;
  /** 文件名称 */
  name?: string;
  /** 文件id */
  key?: string;
}

/** `SealResponseModel` of `alibaba.legal.suit.seal.push`. */
export interface AlibabaLegalSuitSealPushSealResponseModel {
  /** 案件id */
  suit_id?: Int64;
  /** 委托id */
  entrust_id?: Int64;
  /** 任务id */
  task_id?: Int64;
  /** 批次id */
  batch_id?: string;
}

const REQUEST_SCHEMA = {
  seal_task_model: {
    suit_id: 'Number',
    push_people: 'String',
    entrust_id: 'Number',
    seal_file_models: [
      {
        explain: 'String',
        remark: 'String',
        type: 'String',
        file_models: [
          {
            create_time: 'Date',
            name: 'String',
            key: 'String',
          },
        ],
      },
    ],
    seal_type: 'String',
    handler_work_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_success: 'Boolean',
  api_error_code: 'String',
  content: [
    {
      suit_id: 'Number',
      entrust_id: 'Number',
      task_id: 'Number',
      batch_id: 'String',
    },
  ],
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.seal.push`: method, response root, request and response schemas. */
export const alibabaLegalSuitSealPushOperation = {
  method: 'alibaba.legal.suit.seal.push',
  responseRoot: 'alibaba_legal_suit_seal_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 法宝推送用印 — calls TOP method `alibaba.legal.suit.seal.push`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitSealPush(
  client: TopClient,
  request: AlibabaLegalSuitSealPushRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalSuitSealPushResponse> {
  return client.call<AlibabaLegalSuitSealPushResponse>(
    {
      method: 'alibaba.legal.suit.seal.push',
      responseRoot: 'alibaba_legal_suit_seal_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
