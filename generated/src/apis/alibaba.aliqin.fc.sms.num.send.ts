// Generated from specs/aliqin/alibaba.aliqin.fc.sms.num.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.sms.num.send` (短信发送). */
export interface AlibabaAliqinFcSmsNumSendRequest {
  /** 短信接收号码。支持单个或多个手机号码，传入号码为11位手机号码，不能加0或+86。群发短信需传入多个号码，以英文逗号分隔，一次调用最多传入200个号码。示例：18600000000,13911111111,13322222222 */
  rec_num: string;
  /** 短信模板ID，传入的模板必须是在阿里大于“管理中心-短信模板管理”中的可用模板。示例：SMS_585014 */
  sms_template_code: string;
  /** 公共回传参数，在“消息返回”中会透传回该参数；举例：用户可以传入自己下级的会员ID，在消息返回时，该会员ID会包含在内，用户可以根据该会员ID识别是哪位会员使用了你的应用 */
  extend?: string;
  /** 短信签名，传入的短信签名必须是在阿里大于“管理中心-验证码/短信通知/推广短信-配置短信签名”中的可用签名。如“阿里大于”已在短信签名管理中通过审核，则可传入”阿里大于“（传参时去掉引号）作为短信签名。短信效果示例：【阿里大于】欢迎使用阿里大于服务。 */
  sms_free_sign_name: string;
  /** 短信模板变量，传参规则{"key":"value"}，key的名字须和申请模板中的变量名一致，多个变量之间以逗号隔开。示例：针对模板“验证码$\{code}，您正在进行$\{product}身份验证，打死不要告诉别人哦！”，传参时需传入{"code":"1234","product":"alidayu"} */
  sms_param?: string | Record<string, unknown>;
  /** 短信类型，传入值请填写normal */
  sms_type: string;
}

/** Response of `alibaba.aliqin.fc.sms.num.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcSmsNumSendResponse {
  /** 返回值 */
  result?: AlibabaAliqinFcSmsNumSendBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `alibaba.aliqin.fc.sms.num.send`. */
export interface AlibabaAliqinFcSmsNumSendBizResult {
  /** 返回结果 */
  model?: string;
  /** 返回信息描述 */
  msg?: string;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  rec_num: 'String',
  sms_template_code: 'String',
  extend: 'String',
  sms_free_sign_name: 'String',
  sms_param: 'Json',
  sms_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.sms.num.send`: method, response root, request and response schemas. */
export const alibabaAliqinFcSmsNumSendOperation = {
  method: 'alibaba.aliqin.fc.sms.num.send',
  responseRoot: 'alibaba_aliqin_fc_sms_num_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短信发送 — calls TOP method `alibaba.aliqin.fc.sms.num.send`.
 *
 * 向指定手机号码发送模板短信，模板内可设置部分变量。使用前需要在阿里大于管理中心添加短信签名与短信模板。测试时请直接使用正式环境HTTP请求地址。
 * 【重要】批量发送（一次传递多个号码eg:1381111111,1382222222）会产生相应的延迟，触达时间要求高的建议单条发送
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcSmsNumSend(
  client: TopClient,
  request: AlibabaAliqinFcSmsNumSendRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcSmsNumSendResponse> {
  return client.call<AlibabaAliqinFcSmsNumSendResponse>(
    {
      method: 'alibaba.aliqin.fc.sms.num.send',
      responseRoot: 'alibaba_aliqin_fc_sms_num_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
