// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.memo.note.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.memo.note.list` (查询天猫精灵用户设置的所有备忘录). */
export interface TaobaoAilabAicloudTopMemoNoteListRequest {
  /** schema */
  schema: string;
  /** 企业用户ID */
  user_id: string;
  /** 手持设备ID */
  utd_id?: string;
  /** 扩展信息json段，用于存放APP类型，APP版本等等信息。 */
  ext?: string;
  /** 备忘录ID */
  memo_id?: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.memo.note.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMemoNoteListResponse {
  /** 服务的结果封装 */
  result?: TaobaoAilabAicloudTopMemoNoteListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.memo.note.list`. */
export interface TaobaoAilabAicloudTopMemoNoteListResult {
  /** 附加信息，典型应用场景是对失败调用进行简述，方便调用方定位问题 */
  message?: string;
  /** 调用返回码 */
  status_code?: Int64;
  /** 服务的实际返回结果 */
  notes?: TaobaoAilabAicloudTopMemoNoteListNote[];
}

/** `Note` of `taobao.ailab.aicloud.top.memo.note.list`. */
export interface TaobaoAilabAicloudTopMemoNoteListNote {
  /** 记事本主题 */
  topic?: string;
  /** 记事本内容 */
  content?: string;
  /** memo状态 */
  status?: string;
  /** uuid */
  uuid?: string;
  /** memo_ID */
  memo_id?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
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
    notes: [
      {
        topic: 'String',
        content: 'String',
        status: 'String',
        uuid: 'String',
        memo_id: 'Number',
        gmt_modified: 'Date',
        gmt_create: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.memo.note.list`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMemoNoteListOperation = {
  method: 'taobao.ailab.aicloud.top.memo.note.list',
  responseRoot: 'ailab_aicloud_top_memo_note_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询天猫精灵用户设置的所有备忘录 — calls TOP method `taobao.ailab.aicloud.top.memo.note.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMemoNoteList(
  client: TopClient,
  request: TaobaoAilabAicloudTopMemoNoteListRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMemoNoteListResponse> {
  return client.call<TaobaoAilabAicloudTopMemoNoteListResponse>(
    {
      method: 'taobao.ailab.aicloud.top.memo.note.list',
      responseRoot: 'ailab_aicloud_top_memo_note_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
