// Generated from specs/alimember/alibaba.member.point.operate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.member.point.operate` (积分操作). */
export interface AlibabaMemberPointOperateRequest {
  /** 请求参数 */
  point_operate_request: AlibabaMemberPointOperatePointOperateDtoInput;
}

/** Response of `alibaba.member.point.operate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMemberPointOperateResponse {
  /** 系统自动生成 */
  result?: AlibabaMemberPointOperateTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PointOperateDto` of `alibaba.member.point.operate`. */
export interface AlibabaMemberPointOperatePointOperateDtoInput {
  /** 消费积分 */
  total_point?: string;
  /** 过期时间，单位毫秒 */
  expire_time?: Int64Input;
  /** 场景码，对接时业务分配 */
  scene_code: string;
  /** 操作类型 添加：1 消费：2 回滚：3 */
  operate_type?: Int64Input;
  /** 备注 */
  remark?: string;
  /** 等级积分 */
  level_point?: string;
  /** 操作序列号，需要唯一 */
  serial_no: string;
  /** 扩展字段 */
  extra_info?: string;
  /** 用户站点 */
  user_site: string;
  /** 开放用户id */
  open_user_id: string;
}

/** `TopResult` of `alibaba.member.point.operate`. */
export interface AlibabaMemberPointOperateTopResult {
  /** 返回码 */
  code?: string;
  /** json格式 */
  data?: AlibabaMemberPointOperatePointOperateResponseDto;
  /** 返回信息 */
  message?: string;
}

/** `PointOperateResponseDto` of `alibaba.member.point.operate`. */
export interface AlibabaMemberPointOperatePointOperateResponseDto {
  /** token */
  token?: string;
}

const REQUEST_SCHEMA = {
  point_operate_request: {
    total_point: 'String',
    expire_time: 'Number',
    scene_code: 'String',
    operate_type: 'Number',
    remark: 'String',
    level_point: 'String',
    serial_no: 'String',
    extra_info: 'String',
    user_site: 'String',
    open_user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      token: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.member.point.operate`: method, response root, request and response schemas. */
export const alibabaMemberPointOperateOperation = {
  method: 'alibaba.member.point.operate',
  responseRoot: 'alibaba_member_point_operate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 积分操作 — calls TOP method `alibaba.member.point.operate`.
 *
 * 消费会员积分
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMemberPointOperate(
  client: TopClient,
  request: AlibabaMemberPointOperateRequest,
  options?: CallOptions,
): Promise<AlibabaMemberPointOperateResponse> {
  return client.call<AlibabaMemberPointOperateResponse>(
    {
      method: 'alibaba.member.point.operate',
      responseRoot: 'alibaba_member_point_operate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
