// Generated from specs/idleparttime/alibaba.idle.parttime.synclog.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.parttime.synclog` (兼职同步日志). */
export interface AlibabaIdleParttimeSynclogRequest {
  /** 查询岗位同步开始时间 */
  start_time: Int64Input;
  /** 查询岗位同步结束时间 */
  end_time: Int64Input;
  /**
   * 同步的id
   *
   * Max list size: 999
   */
  sync_ids?: string[];
  /** 查询的类型, 0:岗位 */
  type: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
  /** 第几页, 从0开始 */
  page_num: Int64Input;
}

/** Response of `alibaba.idle.parttime.synclog`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleParttimeSynclogResponse {
  /** 接口返回model */
  result?: AlibabaIdleParttimeSynclogResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.parttime.synclog`. */
export interface AlibabaIdleParttimeSynclogResult {
  /** 返回码 */
  code?: string;
  /** 返回数据结构 */
  data?: AlibabaIdleParttimeSynclogData;
  /** 是否成功 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

/** `Data` of `alibaba.idle.parttime.synclog`. */
export interface AlibabaIdleParttimeSynclogData {
  /** 岗位列表 */
  part_time_job_sync_log_list?: AlibabaIdleParttimeSynclogPartTimeJobSyncLogList[];
}

/** `PartTimeJobSyncLogList` of `alibaba.idle.parttime.synclog`. */
export interface AlibabaIdleParttimeSynclogPartTimeJobSyncLogList {
  /** 日志节点 */
  part_time_job_trans_nodes?: AlibabaIdleParttimeSynclogPartTimeJobTransNodes[];
  /** 岗位id */
  job_id?: Int64;
  /** 当前状态描述 */
  current_status?: string;
  /** 岗位创建时间 */
  create_time?: Int64;
}

/** `PartTimeJobTransNodes` of `alibaba.idle.parttime.synclog`. */
export interface AlibabaIdleParttimeSynclogPartTimeJobTransNodes {
  /** 节点创建时间 */
  create_time?: Int64;
  /** 节点描述 */
  node_description?: string;
}

const REQUEST_SCHEMA = {
  start_time: 'Number',
  end_time: 'Number',
  sync_ids: ['String'],
  type: 'Number',
  page_size: 'Number',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      part_time_job_sync_log_list: [
        {
          part_time_job_trans_nodes: [
            {
              create_time: 'Number',
              node_description: 'String',
            },
          ],
          job_id: 'Number',
          current_status: 'String',
          create_time: 'Number',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.parttime.synclog`: method, response root, request and response schemas. */
export const alibabaIdleParttimeSynclogOperation = {
  method: 'alibaba.idle.parttime.synclog',
  responseRoot: 'alibaba_idle_parttime_synclog_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 兼职同步日志 — calls TOP method `alibaba.idle.parttime.synclog`.
 *
 * 提供给供应商查询的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleParttimeSynclog(
  client: TopClient,
  request: AlibabaIdleParttimeSynclogRequest,
  options?: CallOptions,
): Promise<AlibabaIdleParttimeSynclogResponse> {
  return client.call<AlibabaIdleParttimeSynclogResponse>(
    {
      method: 'alibaba.idle.parttime.synclog',
      responseRoot: 'alibaba_idle_parttime_synclog_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
