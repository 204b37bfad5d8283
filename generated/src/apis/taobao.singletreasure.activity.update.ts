// Generated from specs/singletreasure/taobao.singletreasure.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.update` (修改活动接口). */
export interface TaobaoSingletreasureActivityUpdateRequest {
  /** 系统入参 */
  activity_info: TaobaoSingletreasureActivityUpdateActivityInfoCreateDtoInput;
}

/** Response of `taobao.singletreasure.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityUpdateResponse {
  /** result */
  result?: TaobaoSingletreasureActivityUpdateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivityInfoCreateDto` of `taobao.singletreasure.activity.update`. */
export interface TaobaoSingletreasureActivityUpdateActivityInfoCreateDtoInput {
  /** 开始时间 */
  start_time?: string;
  /** 活动的Id */
  activity_id: Int64Input;
  /** 是否包邮 */
  free_post?: boolean;
  /** 活动描述 */
  description?: string;
  /** 活动名称 */
  name?: string;
  /** 人群 id */
  crowd_id?: string;
  /** 结束时间 */
  end_time?: string;
  /** 不包邮地区 */
  exclude_areas?: string;
}

/** `ResultDto` of `taobao.singletreasure.activity.update`. */
export interface TaobaoSingletreasureActivityUpdateResultDto {
  /** 错误信息 */
  message?: string;
  /** 套餐编辑是否成功 */
  data?: boolean;
  /** 错误编码 */
  code?: Int64;
  /** 系统是否执行成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  activity_info: {
    start_time: 'String',
    activity_id: 'Number',
    free_post: 'Boolean',
    description: 'String',
    name: 'String',
    crowd_id: 'String',
    end_time: 'String',
    exclude_areas: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'Boolean',
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.update`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityUpdateOperation = {
  method: 'taobao.singletreasure.activity.update',
  responseRoot: 'singletreasure_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改活动接口 — calls TOP method `taobao.singletreasure.activity.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityUpdate(
  client: TopClient,
  request: TaobaoSingletreasureActivityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityUpdateResponse> {
  return client.call<TaobaoSingletreasureActivityUpdateResponse>(
    {
      method: 'taobao.singletreasure.activity.update',
      responseRoot: 'singletreasure_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
