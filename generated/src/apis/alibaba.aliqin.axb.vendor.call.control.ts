// Generated from specs/alicom/alibaba.aliqin.axb.vendor.call.control.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.axb.vendor.call.control` (转呼控制接口). */
export interface AlibabaAliqinAxbVendorCallControlRequest {
  /** 转接控制接口request对象 */
  start_call_request?: AlibabaAliqinAxbVendorCallControlStartCallRequestInput;
}

/** Response of `alibaba.aliqin.axb.vendor.call.control`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinAxbVendorCallControlResponse {
  /** 转呼控制接口响应 */
  result?: AlibabaAliqinAxbVendorCallControlResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StartCallRequest` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlStartCallRequestInput {
  /** AXN分机号产品中通过IVR放音收取上来的用户输入的分机字符 */
  extension?: string;
  /** 中间号码 */
  secret_no: string;
  /** 主叫号码 */
  call_no: string;
  /** 呼叫开始时间 */
  call_time: DateInput;
  /** 唯一的呼叫ID，最大可支持字符串长度256 */
  call_id: string;
  /** 行为类型,CALL:呼叫行为,SMS:短信行为 */
  record_type: string;
  /** 供应商KEY */
  vendor_key: string;
  /** 呼叫能力阶段，默认填0 */
  call_phase?: string;
  /** 如果有原始被叫号码信息填1 */
  b_call_history?: string;
  /** 当响应指令为“短信解析”时，供应商平台完成短信内容解析，在重新发起查询请求时会携带；短信解析结果，0：成功，1：失败 */
  parse_result?: string;
}

/** `Response` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlResponse2 {
  /** 转呼控制msg */
  message?: string;
  /** module */
  control_resp_dto?: AlibabaAliqinAxbVendorCallControlControlRespDto;
  /** code */
  code?: string;
}

/** `ControlRespDto` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlControlRespDto {
  /** 接续控制信息:CONTINUE(接续),REJECT(拦截),IVR(收取用户键盘输入内容) */
  control_operate?: string;
  /** controlMsg */
  control_msg?: string;
  /** 对应到小号平台的能力类型:AXB、AXN、AXN_EXTENSION_REUSE(AXN分机复用) */
  product_type?: string;
  /** 主叫放音编码，多个文件用英文逗号分隔。 */
  call_no_play_code?: string;
  /** 被叫放音编码，多个文件用英文逗号分隔。 */
  called_no_play_code?: string;
  /** 对应到阿里侧的绑定信息 */
  subs?: AlibabaAliqinAxbVendorCallControlSubs;
  /** 是否媒体资源降级,放弃录音放音功能；接入方无此相关功能，可忽略 */
  media_degrade?: boolean;
  /** 通话持续时长，可选，单位秒，如果出现则通话有效时长为此值，如果没有出现按现在默认处理 */
  call_duration?: Int64;
  /** 摘机后主叫侧的放音编码，多个文件用英文逗号分隔。 */
  called_no_caller_play_code?: string;
}

/** `Subs` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlSubs {
  /** 被叫号码 */
  called_no?: string;
  /** 顺振参数 */
  sequence_calls?: AlibabaAliqinAxbVendorCallControlSequenceCalls[];
  /** 短信通道方式SMS_INTERCEPT(拦截推送阿里)，SMS_NORMAL_SEND(正常现网下发)，SMS_INTERCEPT_SEND(截取并转发)，SMS_DROP(拦截丢弃)， */
  sms_channel?: string;
  /** 呼叫类型MASTER(A->X->B), CALLED(B->X->A), SMS_SENDER, SMS_RECEIVER */
  call_type?: string;
  /** 录音类型，mp3/wav */
  rec_type?: string;
  /** 订购关系ID；目前字符串长度为16位，建议预留32位 */
  subs_id?: string;
  /** 顺振超时时间 */
  sequence_timeout?: Int64;
  /** 是否需要录音 */
  need_record?: boolean;
  /** 被叫显号 */
  called_display_no?: string;
  /** 录音模式，1：仅录制通话录音、2：放音录音+通话录音 */
  record_mode?: string;
  /** 是否需要优先下载录音，0：否、1：是 */
  fast_record?: string;
  /** 是否开启铃音检测 0：不开启 1：开启 */
  rrds_control?: Int64;
  /** 主叫媒体流推送地址 */
  ws_addr?: string;
  /** 被叫媒体流推送地址 */
  ws_addr_called?: string;
  /** 外部回传字段 */
  out_id?: string;
  /** 是否实时媒体 */
  need_realtime_media?: boolean;
  /** 实时媒体类型1 彩铃 2 通话 3 彩铃和通话 */
  rtp_type?: string;
  /** 挂机IVR参数 */
  end_call_ivr?: AlibabaAliqinAxbVendorCallControlEndCallIvr;
  /** 顺振规则 */
  sequence_call_rule?: AlibabaAliqinAxbVendorCallControlSequenceCallRule;
  /** 格式定义 */
  content_format?: string;
  /** 是否需要状态报告，0：不需要，1：需要 */
  status_report?: Int64;
}

/** `SequenceCalls` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlSequenceCalls {
  /** 主叫放音 */
  call_no_play_code?: string;
  /** 被叫号码 */
  called_no?: string;
  /** 被叫号显 */
  called_display_no?: string;
  /** 被叫放音 */
  called_no_play_code?: string;
  /** 摘机后主叫侧的放音编码，多个文件用英文逗号分隔。 */
  called_no_caller_play_code?: string;
  /** 顺振序号，从1开始 */
  polling_no?: Int64;
}

/** `EndCallIvr` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlEndCallIvr {
  /** 挂机ivr开关 */
  end_call_ivr?: string;
  /** 第一步放音文件 */
  step1_file?: string;
  /** 第二步放音文件 */
  step2_file?: string;
  /** 有效按键 */
  valid_key?: string;
  /** 最大等待时长，单位秒 */
  waiting_dtmf_time?: Int64;
  /** 循环次数 */
  max_loop?: Int64;
  /** 挂机等待时长 */
  waiting_end_call?: Int64;
  /** 0:主叫,1:被叫 */
  direction?: Int64;
}

/** `SequenceCallRule` of `alibaba.aliqin.axb.vendor.call.control`. */
export interface AlibabaAliqinAxbVendorCallControlSequenceCallRule {
  /** 无振铃无法接通时，顺振到下一个号码，例如空号、停机、关机等。该参数不传时默认为1。1：生效 */
  call_no_ringing?: string;
  /** 忙呼转的情况，指被叫本身设置了【呼叫转移号码】（181信令），出现呼叫转移时顺振到下一个号码。该参数不传时默认为1。1：生效 */
  call_forwarded?: string;
  /** 忙拒绝情况，指【被叫忙】以及【被叫拒接】时，顺振到下一个号码。该参数不传时默认为1。1：生效 */
  busy_reject?: string;
  /** 振铃无响应超时顺振,传入数字n，表示振铃后n秒后顺振到下一个号码。该参数不传时默认为30（也即是30秒顺振下一个号码），单位秒 */
  call_timeout?: string;
}

const REQUEST_SCHEMA = {
  start_call_request: {
    extension: 'String',
    secret_no: 'String',
    call_no: 'String',
    call_time: 'Date',
    call_id: 'String',
    record_type: 'String',
    vendor_key: 'String',
    call_phase: 'String',
    b_call_history: 'String',
    parse_result: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    control_resp_dto: {
      control_operate: 'String',
      control_msg: 'String',
      product_type: 'String',
      call_no_play_code: 'String',
      called_no_play_code: 'String',
      subs: {
        called_no: 'String',
        sequence_calls: [
          {
            call_no_play_code: 'String',
            called_no: 'String',
            called_display_no: 'String',
            called_no_play_code: 'String',
            called_no_caller_play_code: 'String',
            polling_no: 'Number',
          },
        ],
        sms_channel: 'String',
        call_type: 'String',
        rec_type: 'String',
        subs_id: 'String',
        sequence_timeout: 'Number',
        need_record: 'Boolean',
        called_display_no: 'String',
        record_mode: 'String',
        fast_record: 'String',
        rrds_control: 'Number',
        ws_addr: 'String',
        ws_addr_called: 'String',
        out_id: 'String',
        need_realtime_media: 'Boolean',
        rtp_type: 'String',
        end_call_ivr: {
          end_call_ivr: 'String',
          step1_file: 'String',
          step2_file: 'String',
          valid_key: 'String',
          waiting_dtmf_time: 'Number',
          max_loop: 'Number',
          waiting_end_call: 'Number',
          direction: 'Number',
        },
        sequence_call_rule: {
          call_no_ringing: 'String',
          call_forwarded: 'String',
          busy_reject: 'String',
          call_timeout: 'String',
        },
        content_format: 'String',
        status_report: 'Number',
      },
      media_degrade: 'Boolean',
      call_duration: 'Number',
      called_no_caller_play_code: 'String',
    },
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.axb.vendor.call.control`: method, response root, request and response schemas. */
export const alibabaAliqinAxbVendorCallControlOperation = {
  method: 'alibaba.aliqin.axb.vendor.call.control',
  responseRoot: 'alibaba_aliqin_axb_vendor_call_control_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 转呼控制接口 — calls TOP method `alibaba.aliqin.axb.vendor.call.control`.
 *
 * 转呼控制接口，用于查询小号绑定关系，控制呼叫转接目标
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinAxbVendorCallControl(
  client: TopClient,
  request: AlibabaAliqinAxbVendorCallControlRequest = {},
  options?: CallOptions,
): Promise<AlibabaAliqinAxbVendorCallControlResponse> {
  return client.call<AlibabaAliqinAxbVendorCallControlResponse>(
    {
      method: 'alibaba.aliqin.axb.vendor.call.control',
      responseRoot: 'alibaba_aliqin_axb_vendor_call_control_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
