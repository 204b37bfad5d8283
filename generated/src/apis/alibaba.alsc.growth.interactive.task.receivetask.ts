// Generated from specs/alsc/alibaba.alsc.growth.interactive.task.receivetask.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.growth.interactive.task.receivetask` (领取任务). */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskRequest {
  /** 任务领取入参 */
  mission_receive_query?: AlibabaAlscGrowthInteractiveTaskReceivetaskMissionReceiveQueryInput;
}

/** Response of `alibaba.alsc.growth.interactive.task.receivetask`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskResponse {
  /** 结果 */
  result?: AlibabaAlscGrowthInteractiveTaskReceivetaskBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MissionReceiveQuery` of `alibaba.alsc.growth.interactive.task.receivetask`. */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskMissionReceiveQueryInput {
  /** 业务场景 */
  biz_scene?: string;
  /** 设备号 */
  device_info?: AlibabaAlscGrowthInteractiveTaskReceivetaskDeviceInfoInput;
  /** 位置信息 */
  location_infos?: AlibabaAlscGrowthInteractiveTaskReceivetaskLocationInfoInput[];
  /** 任务集id */
  mission_collection_id: Int64Input;
  /** 任务id */
  mission_def_id: Int64Input;
  /** 任务xid */
  mission_x_id: string;
  /** 排序分组id，目前井冈山业务使用，任务分组 */
  sort_group_id?: string;
  /** 用户信息 */
  user_info?: AlibabaAlscGrowthInteractiveTaskReceivetaskUserInfoInput;
}

/** `DeviceInfo` of `alibaba.alsc.growth.interactive.task.receivetask`. */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskDeviceInfoInput {
  /** 设备ID */
  device_id?: string;
  /** ip地址 */
  ip?: string;
  /** 设备MAC地址 */
  mac?: string;
  /** 客户端平台 */
  platform?: string;
  /** 客户端平台版本 */
  platform_version?: string;
  /** 客户端应用版本 */
  prod_version?: string;
  /** 客户端应用(淘宝、口碑独客、支付宝tab…) */
  product?: string;
  /** 新零售店铺跳转链接:透传给投承做补全新零售店铺链接时使用 */
  schema_platform?: string;
  /** 格式: xxx\@taobao_ios_5.0.1 */
  ttid?: string;
  /** 特征字符串 */
  user_agent?: string;
}

/** `LocationInfo` of `alibaba.alsc.growth.interactive.task.receivetask`. */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskLocationInfoInput {
  /** 市区域码 */
  city?: string;
  /** 区县区域码 */
  district?: string;
  /** 纬度 */
  lat?: string;
  /** 经度 */
  lng?: string;
  /** 位置类型(默认实时) */
  location_type?: string;
  /** poiId */
  poi_id?: string;
  /** poiName */
  poi_name?: string;
  /** 省区域码 */
  province?: string;
}

/** `UserInfo` of `alibaba.alsc.growth.interactive.task.receivetask`. */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskUserInfoInput {
  /** 账号类型，0表示淘宝账号，25表示饿了么账号 */
  site: string;
  /** 用户ID */
  user_id: string;
}

/** `BaseResponse` of `alibaba.alsc.growth.interactive.task.receivetask`. */
export interface AlibabaAlscGrowthInteractiveTaskReceivetaskBaseResponse {
  /** 返回编码 */
  code?: string;
  /** 实例id */
  data?: Int64;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  mission_receive_query: {
    biz_scene: 'String',
    device_info: {
      device_id: 'String',
      ip: 'String',
      mac: 'String',
      platform: 'String',
      platform_version: 'String',
      prod_version: 'String',
      product: 'String',
      schema_platform: 'String',
      ttid: 'String',
      user_agent: 'String',
    },
    location_infos: [
      {
        city: 'String',
        district: 'String',
        lat: 'String',
        lng: 'String',
        location_type: 'String',
        poi_id: 'String',
        poi_name: 'String',
        province: 'String',
      },
    ],
    mission_collection_id: 'Number',
    mission_def_id: 'Number',
    mission_x_id: 'String',
    sort_group_id: 'String',
    user_info: {
      site: 'String',
      user_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.growth.interactive.task.receivetask`: method, response root, request and response schemas. */
export const alibabaAlscGrowthInteractiveTaskReceivetaskOperation = {
  method: 'alibaba.alsc.growth.interactive.task.receivetask',
  responseRoot: 'alibaba_alsc_growth_interactive_task_receivetask_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 领取任务 — calls TOP method `alibaba.alsc.growth.interactive.task.receivetask`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscGrowthInteractiveTaskReceivetask(
  client: TopClient,
  request: AlibabaAlscGrowthInteractiveTaskReceivetaskRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscGrowthInteractiveTaskReceivetaskResponse> {
  return client.call<AlibabaAlscGrowthInteractiveTaskReceivetaskResponse>(
    {
      method: 'alibaba.alsc.growth.interactive.task.receivetask',
      responseRoot: 'alibaba_alsc_growth_interactive_task_receivetask_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
