// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.memo.note.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.memo.note.delete` (天猫精灵备忘录删除). */
export interface TaobaoAilabAicloudTopMemoNoteDeleteRequest {
  /** schema */
  schema: string;
  /** 企业用户ID */
  user_id: string;
  /** 手持设备ID */
  utd_id?: string;
  /** 扩展信息json段，用于存放APP类型，APP版本等等信息。 */
  ext?: string;
  /** 备忘录ID */
  memo_id: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.memo.note.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMemoNoteDeleteResponse {
  /** 服务的结果封装 */
  result?: TaobaoAilabAicloudTopMemoNoteDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.memo.note.delete`. */
export interface TaobaoAilabAicloudTopMemoNoteDeleteResult {
  /** 附加信息，典型应用场景是对失败调用进行简述，方便调用方定位问题 */
  message?: string;
  /** 调用返回码 */
  status_code?: Int64;
  /** 服务的实际返回结果 */
  note?: TaobaoAilabAicloudTopMemoNoteDeleteNote;
}

/** `Note` of `taobao.ailab.aicloud.top.memo.note.delete`. */
export interface TaobaoAilabAicloudTopMemoNoteDeleteNote {
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** memo_ID */
  memo_id?: Int64;
  /** uuid */
  uuid?: string;
  /** memo状态 */
  status?: string;
  /** 记事本内容 */
  content?: string;
  /** 记事本主题 */
  topic?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  memo_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    status_code: 'Number',
    note: {
      gmt_create: 'Date',
      gmt_modified: 'Date',
      memo_id: 'Number',
      uuid: 'String',
      status: 'String',
      content: 'String',
      topic: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.memo.note.delete`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMemoNoteDeleteOperation = {
  method: 'taobao.ailab.aicloud.top.memo.note.delete',
  responseRoot: 'ailab_aicloud_top_memo_note_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵备忘录删除 — calls TOP method `taobao.ailab.aicloud.top.memo.note.delete`.
 *
 * 删除天猫精灵用户设置的备忘录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMemoNoteDelete(
  client: TopClient,
  request: TaobaoAilabAicloudTopMemoNoteDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMemoNoteDeleteResponse> {
  return client.call<TaobaoAilabAicloudTopMemoNoteDeleteResponse>(
    {
      method: 'taobao.ailab.aicloud.top.memo.note.delete',
      responseRoot: 'ailab_aicloud_top_memo_note_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
