// Generated from specs/viapi/aliyun.viapi.facebody.detectface.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.facebody.detectface` (人脸检测定位). */
export interface AliyunViapiFacebodyDetectfaceRequest {
  /** 图片url地址(http/https) */
  image_url: string;
  /** 0: 通过url识别，参数image_url不为空；1: 通过图片content识别，参数content不为空 支持图片格式：JPEG、JPG、BMP、PNG */
  image_type?: Int64Input;
}

/** Response of `aliyun.viapi.facebody.detectface`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiFacebodyDetectfaceResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiFacebodyDetectfaceData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.facebody.detectface`. */
export interface AliyunViapiFacebodyDetectfaceData {
  /** 返回人脸概率, 0-1之间，如有多个人脸，则依次顺延。如有两个人脸则返回[face_prob1, face_prob2] */
  face_probability_list?: Int64[];
  /** 特征点数目，目前固定为105点(顺序：眉毛24点，眼睛32点，鼻子6点，嘴巴34点，外轮廓9点) */
  landmark_count?: Int64;
  /** 返回人脸矩形框，分别是[left, top, width, height], 如有多个人脸，则依次顺延，返回矩形框。如有两个人脸则返回[left1, top1, width1, height1, left2, top2, width2, height2] */
  face_rectangles?: Int64[];
  /** 特征点定位结果，每个人脸返回一组特征点位置，表示方式为（x0, y0, x1, y1, ……）；如有多个人脸，则依次顺延，返回定位浮点数 */
  landmarks?: string[];
  /** 检测出来的人脸个数 */
  face_count?: Int64;
  /** 返回人脸姿态[yaw, pitch, roll]， yaw为左右角度，取值[-90, 90]，pitch为上下角度，取值[-90, 90]， roll为平面旋转角度，取值[-180, 180]，如有多个人脸，则依次顺延 */
  pose_list?: string[];
  /** 左右两个瞳孔的中心点坐标和半径，每个人脸6个浮点数，顺序是[left_iris_cenpt.x, left_iris_cenpt.y, left_iris_radius, right_iris_cenpt.x, right_iris_cenpt.y, right_iris_radis] */
  pupils?: string[];
}

const REQUEST_SCHEMA = {
  image_url: 'String',
  image_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    face_probability_list: ['Number'],
    landmark_count: 'Number',
    face_rectangles: ['Number'],
    landmarks: ['String'],
    face_count: 'Number',
    pose_list: ['String'],
    pupils: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.facebody.detectface`: method, response root, request and response schemas. */
export const aliyunViapiFacebodyDetectfaceOperation = {
  method: 'aliyun.viapi.facebody.detectface',
  responseRoot: 'aliyun_viapi_facebody_detectface_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 人脸检测定位 — calls TOP method `aliyun.viapi.facebody.detectface`.
 *
 * 输入图片之后，在人脸检测定位返回结果的基础上，识别各个检测人脸的四种属性，返回性别（男/女）、年龄、表情（笑/不笑）、眼镜（戴/不戴）；并可返回人脸的1024维深度学习特征、(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiFacebodyDetectface(
  client: TopClient,
  request: AliyunViapiFacebodyDetectfaceRequest,
  options?: CallOptions,
): Promise<AliyunViapiFacebodyDetectfaceResponse> {
  return client.call<AliyunViapiFacebodyDetectfaceResponse>(
    {
      method: 'aliyun.viapi.facebody.detectface',
      responseRoot: 'aliyun_viapi_facebody_detectface_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
