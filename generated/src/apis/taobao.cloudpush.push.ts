// Generated from specs/cloudpush/taobao.cloudpush.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cloudpush.push` (百川用户使用云推送高级推送接口). */
export interface TaobaoCloudpushPushRequest {
  /** 推送目标: device:推送给设备; account:推送给指定帐号,tag:推送给自定义标签; all: 推送给全部 */
  target: string;
  /** 根据Target来设定，如Target=device, 则对应的值为 设备id1,设备id2. 多个值使用逗号分隔.(帐号与设备有一次最多100个的限制) */
  target_value: string;
  /** Android对应的activity,仅仅当androidOpenType=2有效 */
  android_activity?: string;
  /** 自定义的kv结构,开发者扩展用 针对android */
  android_ext_parameters?: string;
  /** android通知声音 */
  android_music?: string;
  /** 点击通知后动作,1:打开应用 2: 打开应用Activity 3:打开 url */
  android_open_type?: string;
  /** Android收到推送后打开对应的url,仅仅当androidOpenType=3有效 */
  android_open_url?: string;
  /** 防打扰时长,取值范围为1~23 */
  anti_harass_duration?: Int64Input;
  /** 防打扰开始时间点,取值范围为0~23 */
  anti_harass_start_time?: Int64Input;
  /** 批次编号,用于活动效果统计 */
  batch_number?: string;
  /** 推送内容 */
  body: string;
  /** 设备类型,取值范围为:0~3云推送支持多种设备,各种设备类型编号如下: iOS设备:deviceType=0; Andriod设备:deviceType=1;如果存在此字段,则向指定的设备类型推送消息。 默认为全部(3); */
  device_type: Int64Input;
  /** iOS应用图标右上角角标 */
  ios_badge?: string;
  /** 自定义的kv结构,开发者扩展用 针对iOS设备 */
  ios_ext_parameters?: string;
  /** iOS通知声音 */
  ios_music?: string;
  /** 当APP不在线时候，是否通过通知提醒. 针对不同设备，处理逻辑不同。 该参数只针对iOS设备生效， (remind=true & 发送消息的话(type=0)). 当你的目标设备不在线(既长连接通道不通, 我们会将这条消息的标题，通过苹果的apns通道再送达一次。发apns是发送生产环境的apns，需要在云推送配置的app的iOS生产证书和密码需要正确，否则也发送不了。 (remind=false & 并且是发送消息的话(type=0))，那么设备不在线，则不会再走苹果apns发送了。 */
  remind: boolean;
  /** 离线消息是否保存,若保存, 在推送时候，用户即使不在线，下一次上线则会收到 */
  store_offline: boolean;
  /** 通知的摘要 */
  summery?: string;
  /** 离线消息保存时长,取值范围为1~72,若不填,则表示不保存离线消息 */
  timeout?: Int64Input;
  /** 推送的标题内容. */
  title: string;
  /** 0:表示消息(默认为0),1:表示通知 */
  type?: Int64Input;
}

/** Response of `taobao.cloudpush.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCloudpushPushResponse {
  /** 请求是否成功 */
  is_success?: boolean;
  /** 请求失败对应的错误代码. */
  request_error_code?: Int64;
  /** 请求失败的错误信息. */
  request_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  target: 'String',
  target_value: 'String',
  android_activity: 'String',
  android_ext_parameters: 'String',
  android_music: 'String',
  android_open_type: 'String',
  android_open_url: 'String',
  anti_harass_duration: 'Number',
  anti_harass_start_time: 'Number',
  batch_number: 'String',
  body: 'String',
  device_type: 'Number',
  ios_badge: 'String',
  ios_ext_parameters: 'String',
  ios_music: 'String',
  remind: 'Boolean',
  store_offline: 'Boolean',
  summery: 'String',
  timeout: 'Number',
  title: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  request_error_code: 'Number',
  request_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.cloudpush.push`: method, response root, request and response schemas. */
export const taobaoCloudpushPushOperation = {
  method: 'taobao.cloudpush.push',
  responseRoot: 'cloudpush_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川用户使用云推送高级推送接口 — calls TOP method `taobao.cloudpush.push`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCloudpushPush(
  client: TopClient,
  request: TaobaoCloudpushPushRequest,
  options?: CallOptions,
): Promise<TaobaoCloudpushPushResponse> {
  return client.call<TaobaoCloudpushPushResponse>(
    {
      method: 'taobao.cloudpush.push',
      responseRoot: 'cloudpush_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
