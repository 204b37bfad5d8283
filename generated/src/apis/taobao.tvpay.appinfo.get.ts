// Generated from specs/tvpay/taobao.tvpay.appinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.appinfo.get` (tv支付获取应用信息). */
export interface TaobaoTvpayAppinfoGetRequest {
  /** 设备id */
  device_id: string;
  /** 来源 */
  from?: string;
  /** 客户端版本号 */
  client_version?: string;
}

/** Response of `taobao.tvpay.appinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayAppinfoGetResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayAppinfoGetTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.appinfo.get`. */
export interface TaobaoTvpayAppinfoGetTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayAppinfoGetGetAppInfoResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `GetAppInfoResultDo` of `taobao.tvpay.appinfo.get`. */
export interface TaobaoTvpayAppinfoGetGetAppInfoResultDo {
  /** 应用配置 */
  app_config?: TaobaoTvpayAppinfoGetSdkAppConfigDo;
  /** 全局配置 */
  global_config?: TaobaoTvpayAppinfoGetSdkGlobalConfigDo;
  /** 包名 */
  package_name?: string;
  /** 商户id */
  partner_id?: Int64;
}

/** `SdkAppConfigDo` of `taobao.tvpay.appinfo.get`. */
export interface TaobaoTvpayAppinfoGetSdkAppConfigDo {
  /** 自定义属性 */
  config_props?: string;
  /** 是否上传日志 */
  enable_upload_log?: boolean;
  /** 是否开启友盟 */
  enable_youment?: boolean;
  /** 是否自动登入 */
  enable_auto_login?: boolean;
}

/** `SdkGlobalConfigDo` of `taobao.tvpay.appinfo.get`. */
export interface TaobaoTvpayAppinfoGetSdkGlobalConfigDo {
  /** 是否询问用户要自动登录 */
  ask_before_auto_login?: boolean;
  /** 如果询问，是否默认选中自动登录 */
  auto_login_checked?: boolean;
  /** 询问对话框样式 */
  auto_login_dialog_pattern?: Int64;
  /** 是否默认展示授权二维码 */
  show_auth_code_by_default?: boolean;
  /** h5路由属性 */
  h5_proxy_url?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  client_version: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      app_config: {
        config_props: 'String',
        enable_upload_log: 'Boolean',
        enable_youment: 'Boolean',
        enable_auto_login: 'Boolean',
      },
      global_config: {
        ask_before_auto_login: 'Boolean',
        auto_login_checked: 'Boolean',
        auto_login_dialog_pattern: 'Number',
        show_auth_code_by_default: 'Boolean',
        h5_proxy_url: 'String',
      },
      package_name: 'String',
      partner_id: 'Number',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.appinfo.get`: method, response root, request and response schemas. */
export const taobaoTvpayAppinfoGetOperation = {
  method: 'taobao.tvpay.appinfo.get',
  responseRoot: 'tvpay_appinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付获取应用信息 — calls TOP method `taobao.tvpay.appinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayAppinfoGet(
  client: TopClient,
  request: TaobaoTvpayAppinfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayAppinfoGetResponse> {
  return client.call<TaobaoTvpayAppinfoGetResponse>(
    {
      method: 'taobao.tvpay.appinfo.get',
      responseRoot: 'tvpay_appinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
